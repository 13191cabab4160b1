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
}
