package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command lists the bot set, per scope and language code ("" for all languages). */
public final class Commands {

  private final ObjectMapper json;
  private final Map<String, Map<String, ArrayNode>> byScope = new HashMap<>();

  public Commands(ObjectMapper json) {
    this.json = json;
  }

  /** A key naming a BotCommandScope: its type and, where it has them, chat and user ids. */
  static String scopeKey(JsonNode scope) {
    if (scope == null || scope.isNull()) {
      return "default";
    }
    String key = scope.path("type").asText("default");
    if (scope.hasNonNull("chat_id")) {
      key += ":" + scope.get("chat_id").asText();
    }
    if (scope.hasNonNull("user_id")) {
      key += ":" + scope.get("user_id").asText();
    }
    return key;
  }

  synchronized void set(String scope, String language, ArrayNode commands) {
    byScope.computeIfAbsent(scope, s -> new LinkedHashMap<>()).put(language, commands.deepCopy());
  }

  synchronized void delete(String scope, String language) {
    Map<String, ArrayNode> lists = byScope.get(scope);
    if (lists != null) {
      lists.remove(language);
    }
  }

  synchronized ArrayNode get(String scope, String language) {
    ArrayNode commands = byScope.getOrDefault(scope, Map.of()).get(language);
    return commands == null ? json.createArrayNode() : commands.deepCopy();
  }

  public synchronized Map<String, List<String>> names(String scope) {
    Map<String, List<String>> names = new LinkedHashMap<>();
    byScope
        .getOrDefault(scope, Map.of())
        .forEach(
            (language, commands) -> {
              List<String> list = new ArrayList<>();
              commands.forEach(c -> list.add(c.path("command").asText()));
              names.put(language, List.copyOf(list));
            });
    return names;
  }

  /**
   * The "/" menu a private chat shows, as Telegram resolves it: the chat's own list, else the list
   * for all private chats, else the default; each line a command and its description.
   */
  public synchronized List<String[]> menu(long chatId, String language) {
    for (String scope : List.of("chat:" + chatId, "all_private_chats", "default")) {
      Map<String, ArrayNode> lists = byScope.getOrDefault(scope, Map.of());
      ArrayNode commands = lists.getOrDefault(language, lists.get(""));
      if (commands != null && !commands.isEmpty()) {
        List<String[]> menu = new ArrayList<>();
        commands.forEach(
            c ->
                menu.add(
                    new String[] {c.path("command").asText(), c.path("description").asText()}));
        return menu;
      }
    }
    return List.of();
  }
}
