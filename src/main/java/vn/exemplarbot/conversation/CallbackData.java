package vn.exemplarbot.conversation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one codec of button data: a kind and opaque ids, {@code kind:arg:arg}, at most 64 bytes as
 * Telegram allows. Anything else decodes to nothing and is refused as a stale or forged press.
 */
public record CallbackData(String kind, List<String> args) {

  public static final int MAX_BYTES = 64;
  private static final Pattern KIND = Pattern.compile("[a-z]{1,12}");
  private static final Pattern ARG = Pattern.compile("[A-Za-z0-9_.-]{0,40}");

  public CallbackData {
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("bad callback kind " + kind);
    }
    args = List.copyOf(args);
    for (String arg : args) {
      if (!ARG.matcher(arg).matches()) {
        throw new IllegalArgumentException("bad callback argument " + arg);
      }
    }
    if (encodeParts(kind, args).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException("callback data over 64 bytes");
    }
  }

  public static CallbackData of(String kind, Object... args) {
    return new CallbackData(kind, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }

  public String encode() {
    return encodeParts(kind, args);
  }

  public static Optional<CallbackData> decode(String data) {
    if (data == null
        || data.isEmpty()
        || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Optional.empty();
    }
    String[] parts = data.split(":", -1);
    try {
      return Optional.of(new CallbackData(parts[0], List.of(parts).subList(1, parts.length)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String arg(int index) {
    return args.get(index);
  }

  /** The argument as a number, or empty when it is missing or not one (a forged press). */
  public Optional<Long> longArg(int index) {
    if (index >= args.size() || !args.get(index).matches("-?\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(args.get(index)));
  }

  private static String encodeParts(String kind, List<String> args) {
    return args.isEmpty() ? kind : kind + ":" + String.join(":", args);
  }
}
