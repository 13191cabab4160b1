package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import vn.exemplarbot.sandbox.ChatMessage;

/**
 * Every chat the emulator knows and the messages in it, each kept as its Telegram JSON with edits
 * applied; deleted messages are gone. One monitor guards it all; waiters are woken on each change.
 */
public final class Chats {

  private static final class Chat {
    final ObjectNode json;
    final Map<Long, ObjectNode> messages = new LinkedHashMap<>();
    boolean blocked;
    JsonNode replyKeyboard;
    long nextMessageId = 1;

    Chat(ObjectNode json) {
      this.json = json;
    }
  }

  private final ObjectMapper json;
  private final FileStore files;
  private final Map<Long, Chat> chats = new HashMap<>();

  public Chats(ObjectMapper json, FileStore files) {
    this.json = json;
    this.files = files;
  }

  public synchronized void add(long chatId, ObjectNode chatJson) {
    chats.putIfAbsent(chatId, new Chat(chatJson));
  }

  synchronized boolean knows(long chatId) {
    return chats.containsKey(chatId);
  }

  public synchronized void block(long chatId, boolean blocked) {
    chat(chatId).blocked = blocked;
  }

  /** Checks that the bot may write to the chat, as Telegram does. */
  synchronized void requireWritable(long chatId) {
    Chat chat = chats.get(chatId);
    if (chat == null) {
      throw ApiError.badRequest("chat not found");
    }
    if (chat.blocked) {
      throw ApiError.forbidden("bot was blocked by the user");
    }
  }

  /** Appends a message from {@code from}, numbering it in the chat; returns a copy of its JSON. */
  public synchronized ObjectNode append(long chatId, JsonNode from, Consumer<ObjectNode> content) {
    Chat chat = chat(chatId);
    ObjectNode m = json.createObjectNode();
    long id = chat.nextMessageId++;
    m.put("message_id", id);
    m.set("from", from.deepCopy());
    m.set("chat", chat.json.deepCopy());
    m.put("date", Instant.now().getEpochSecond());
    content.accept(m);
    chat.messages.put(id, m);
    if (!from.path("is_bot").asBoolean()
        && chat.replyKeyboard != null
        && chat.replyKeyboard.path("one_time_keyboard").asBoolean()) {
      chat.replyKeyboard = null;
    }
    notifyAll();
    return m.deepCopy();
  }

  /** A copy of the message's JSON, or null when there is no such message (or it was deleted). */
  public synchronized ObjectNode message(long chatId, long messageId) {
    Chat chat = chats.get(chatId);
    ObjectNode m = chat == null ? null : chat.messages.get(messageId);
    return m == null ? null : m.deepCopy();
  }

  /** Applies {@code change} to the stored message; false when there is no such message. */
  synchronized boolean edit(long chatId, long messageId, Consumer<ObjectNode> change) {
    ObjectNode m = chat(chatId).messages.get(messageId);
    if (m == null) {
      return false;
    }
    change.accept(m);
    m.put("edit_date", Instant.now().getEpochSecond());
    notifyAll();
    return true;
  }

  synchronized boolean delete(long chatId, long messageId) {
    boolean removed = chat(chatId).messages.remove(messageId) != null;
    notifyAll();
    return removed;
  }

  public synchronized List<ChatMessage> history(long chatId) {
    Chat chat = chats.get(chatId);
    List<ChatMessage> view = new ArrayList<>();
    if (chat != null) {
      chat.messages.values().forEach(m -> view.add(view(m)));
    }
    return view;
  }

  /**
   * Remembers the reply keyboard a bot message set (or removed): Telegram shows it under the input
   * field, not in the message, until it is removed or, if one-time, the user answers.
   */
  synchronized void replyMarkup(long chatId, JsonNode markup) {
    Chat chat = chats.get(chatId);
    if (chat == null || markup == null) {
      return;
    }
    if (markup.has("keyboard")) {
      chat.replyKeyboard = markup.deepCopy();
    } else if (markup.path("remove_keyboard").asBoolean()) {
      chat.replyKeyboard = null;
    }
  }

  /** The reply keyboard the chat shows now. */
  public synchronized List<List<ChatMessage.ReplyButton>> replyKeyboard(long chatId) {
    Chat chat = chats.get(chatId);
    JsonNode shown = chat == null ? null : chat.replyKeyboard;
    return shown == null ? List.of() : replyRows(shown.path("keyboard"));
  }

  private static List<List<ChatMessage.ReplyButton>> replyRows(JsonNode rows) {
    List<List<ChatMessage.ReplyButton>> keyboard = new ArrayList<>();
    for (JsonNode row : rows) {
      List<ChatMessage.ReplyButton> buttons = new ArrayList<>();
      for (JsonNode b : row) {
        String text = b.isTextual() ? b.asText() : b.path("text").asText();
        buttons.add(new ChatMessage.ReplyButton(text, b.path("request_contact").asBoolean()));
      }
      keyboard.add(List.copyOf(buttons));
    }
    return List.copyOf(keyboard);
  }

  /** Waits for the newest bot message in the chat that satisfies {@code p}; fails with a dump. */
  public ChatMessage awaitBotMessage(long chatId, Predicate<ChatMessage> p, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<ChatMessage> history = history(chatId);
      for (int i = history.size() - 1; i >= 0; i--) {
        ChatMessage m = history.get(i);
        if (m.fromBot() && p.test(m)) {
          return m;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no bot message as expected in chat "
                + chatId
                + " within "
                + timeout
                + "; chat:\n"
                + String.join("\n", history.stream().map(ChatMessage::toString).toList()));
      }
      try {
        awaitChange(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for a bot message", e);
      }
    }
  }

  private synchronized void awaitChange(long millis) throws InterruptedException {
    wait(millis);
  }

  private Chat chat(long chatId) {
    Chat chat = chats.get(chatId);
    if (chat == null) {
      throw ApiError.badRequest("chat not found");
    }
    return chat;
  }

  private ChatMessage view(ObjectNode m) {
    String text = m.hasNonNull("text") ? m.get("text").asText() : m.path("caption").asText(null);
    JsonNode photos = m.path("photo");
    boolean photo = photos.isArray() && !photos.isEmpty();
    JsonNode document = photo ? photos.get(photos.size() - 1) : m.get("document");
    StoredFile file = document == null ? null : files.byId(document.path("file_id").asText());
    String name =
        photo
            ? (file == null ? null : file.fileName())
            : document == null ? null : document.path("file_name").asText(null);
    return new ChatMessage(
        m.get("message_id").asLong(),
        m.path("from").path("is_bot").asBoolean(),
        text,
        keyboard(m.path("reply_markup").path("inline_keyboard")),
        name,
        file == null ? null : file.bytes().clone(),
        m.has("edit_date"),
        photo);
  }

  static List<List<ChatMessage.Button>> keyboard(JsonNode rows) {
    List<List<ChatMessage.Button>> keyboard = new ArrayList<>();
    for (JsonNode row : rows) {
      List<ChatMessage.Button> buttons = new ArrayList<>();
      for (JsonNode b : row) {
        buttons.add(
            new ChatMessage.Button(b.path("text").asText(), b.path("callback_data").asText(null)));
      }
      keyboard.add(List.copyOf(buttons));
    }
    return List.copyOf(keyboard);
  }
}
