package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;

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
    methods.put("setWebhook", this::setWebhook);
    methods.put("deleteWebhook", this::deleteWebhook);
    methods.put("getWebhookInfo", p -> updates.webhookInfo());
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

  /**
   * As Telegram: an empty URL removes the webhook; otherwise HTTPS on port 443, 80, 88 or 8443, and
   * a secret of 1-256 characters of {@code A-Za-z0-9_-}. Unlike Telegram, plain HTTP to this
   * machine is accepted, since tests have no certificate.
   */
  private JsonNode setWebhook(Params p) {
    String url = p.string("url");
    if (url == null || url.isEmpty()) {
      updates.deleteWebhook(p.bool("drop_pending_updates"));
      return BooleanNode.TRUE;
    }
    URI target = webhookUrl(url);
    String secret = p.string("secret_token");
    if (secret != null && !secret.matches("[A-Za-z0-9_-]{1,256}")) {
      throw ApiError.badRequest("secret token contains unallowed characters");
    }
    Long max = p.optionalLong("max_connections");
    int connections = max == null ? 40 : (int) Math.max(1, Math.min(100, max));
    updates.webhook(
        new UpdateQueue.Webhook(target.toString(), secret, connections),
        p.bool("drop_pending_updates"));
    return BooleanNode.TRUE;
  }

  private static URI webhookUrl(String url) {
    URI target;
    try {
      target = new URI(url);
    } catch (URISyntaxException e) {
      throw ApiError.badRequest("bad webhook: Failed to resolve host: Name or service not known");
    }
    String scheme = target.getScheme() == null ? "" : target.getScheme();
    boolean loopback = "127.0.0.1".equals(target.getHost()) || "localhost".equals(target.getHost());
    if (scheme.equals("http") && loopback) {
      return target;
    }
    if (!scheme.equals("https") || target.getHost() == null) {
      throw ApiError.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    }
    int port = target.getPort() < 0 ? 443 : target.getPort();
    if (!Set.of(443, 80, 88, 8443).contains(port)) {
      throw ApiError.badRequest(
          "bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443");
    }
    return target;
  }

  private JsonNode deleteWebhook(Params p) {
    updates.deleteWebhook(p.bool("drop_pending_updates"));
    return BooleanNode.TRUE;
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
