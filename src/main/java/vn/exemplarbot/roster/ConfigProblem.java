package vn.exemplarbot.roster;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One mistake or gap in a configuration file, to be rendered through the {@code config.*} message
 * keys: {@code key} holds what is wrong and {@code key + ".fix"} what to do.
 *
 * @param line 1-based, or 0 when the problem has no single line
 * @param path the key path, e.g. {@code people[3].division} or {@code ballot.duration}; empty for
 *     the whole file
 * @param args the arguments of both messages, as text
 */
public record ConfigProblem(String file, int line, String path, String key, List<Object> args) {

  public ConfigProblem {
    path = path == null ? "" : path;
    args = List.copyOf(args);
  }

  public static ConfigProblem of(String file, int line, String path, String key, Object... args) {
    List<Object> texts = new java.util.ArrayList<>();
    for (Object arg : args) {
      texts.add(String.valueOf(arg));
    }
    return new ConfigProblem(file, line, path, key, texts);
  }

  /**
   * Renders {@code "<file>, <path> (dòng N): <message> — <fix>"}; the line is worded by {@code
   * config.location.line}, and left out with the path when there is none.
   */
  public String render(BiFunction<String, Object[], String> messages) {
    Object[] values = args.toArray();
    StringBuilder text = new StringBuilder(file);
    if (!path.isEmpty()) {
      text.append(", ").append(path);
    }
    if (line > 0) {
      text.append(" (")
          .append(messages.apply("config.location.line", new Object[] {String.valueOf(line)}))
          .append(')');
    }
    text.append(": ").append(messages.apply(key, values));
    text.append(" — ").append(messages.apply(key + ".fix", values));
    return text.toString();
  }
}
