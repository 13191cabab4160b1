package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The methods about the bot itself: identity, updates, callback answers, commands, webhook. */
public final class BotMethods {

  private final ObjectMapper json;
  private final ObjectNode me;
  private final UpdateQueue updates;
  private final Callbacks callbacks;
  private final Commands commands;
  private final Chats chats;

  public BotMethods(
      ObjectMapper json,
      ObjectNode me,
      UpdateQueue updates,
      Callbacks callbacks,
      Commands commands,
      Chats chats) {
    this.json = json;
    this.me = me;
    this.updates = updates;
    this.callbacks = callbacks;
    this.commands = commands;
    this.chats = chats;
  }

  public void registerInto(Map<String, BotMethod> methods) {
    methods.put("getMe", p -> me.deepCopy());
    methods.put("getUpdates", this::getUpdates);
    methods.put("answerCallbackQuery", this::answerCallbackQuery);
    methods.put("setMyCommands", this::setMyCommands);
    methods.put("getMyCommands", this::getMyCommands);
    methods.put("deleteMyCommands", this::deleteMyCommands);
    methods.put("sendChatAction", this::sendChatAction);
    methods.put("deleteWebhook", p -> BooleanNode.TRUE);
    methods.put("getWebhookInfo", p -> webhookInfo());
  }

  private JsonNode getUpdates(Params p) throws InterruptedException {
    Long offset = p.optionalLong("offset");
    Long limit = p.optionalLong("limit");
    Long timeout = p.optionalLong("timeout");
    int max = limit == null ? 100 : (int) Math.max(1, Math.min(100, limit));
    long waitMillis = timeout == null ? 0 : Math.max(0, timeout) * 1000;
    return updates.poll(offset == null ? 0 : offset, max, waitMillis);
  }

  private JsonNode answerCallbackQuery(Params p) {
    String id = p.requiredString("callback_query_id");
    String text = p.string("text");
    if (text != null && text.length() > 200) {
      throw ApiError.badRequest("MESSAGE_TOO_LONG");
    }
    callbacks.answer(id, text, p.bool("show_alert"), System.nanoTime());
    return BooleanNode.TRUE;
  }

  private JsonNode setMyCommands(Params p) {
    JsonNode list = p.json("commands");
    if (list == null || !list.isArray()) {
      throw ApiError.badRequest("commands is empty");
    }
    if (list.size() > 100) {
      throw ApiError.badRequest("too many commands specified");
    }
    for (JsonNode c : list) {
      if (!c.path("command").asText("").matches("[a-z0-9_]{1,32}")) {
        throw ApiError.badRequest("BOT_COMMAND_INVALID");
      }
      int description = c.path("description").asText("").length();
      if (description < 1 || description > 256) {
        throw ApiError.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
      }
    }
    commands.set(scope(p), language(p), (ArrayNode) list);
    return BooleanNode.TRUE;
  }

  private JsonNode getMyCommands(Params p) {
    return commands.get(scope(p), language(p));
  }

  private JsonNode deleteMyCommands(Params p) {
    commands.delete(scope(p), language(p));
    return BooleanNode.TRUE;
  }

  private JsonNode sendChatAction(Params p) {
    chats.requireWritable(p.chatId());
    p.requiredString("action");
    return BooleanNode.TRUE;
  }

  private String scope(Params p) {
    JsonNode scope = p.json("scope");
    if (scope != null && scope.hasNonNull("chat_id")) {
      long chatId = scope.get("chat_id").asLong();
      if (!chats.knows(chatId)) {
        throw ApiError.badRequest("chat not found");
      }
    }
    return Commands.scopeKey(scope);
  }

  private static String language(Params p) {
    String language = p.string("language_code");
    return language == null ? "" : language;
  }

  private JsonNode webhookInfo() {
    ObjectNode info = json.createObjectNode();
    info.put("url", "");
    info.put("has_custom_certificate", false);
    info.put("pending_update_count", 0);
    return info;
  }

  /** The bot as getMe answers: its id is the token's leading number, as Telegram's. */
  public static ObjectNode identity(ObjectMapper json, String token, String username) {
    ObjectNode me = json.createObjectNode();
    String digits = token.contains(":") ? token.substring(0, token.indexOf(':')) : "";
    me.put("id", digits.matches("\\d{1,18}") ? Long.parseLong(digits) : 1L);
    me.put("is_bot", true);
    me.put("first_name", "Exemplar Bot");
    me.put("username", username);
    me.put("can_join_groups", true);
    me.put("can_read_all_group_messages", false);
    me.put("supports_inline_queries", false);
    return me;
  }
}
