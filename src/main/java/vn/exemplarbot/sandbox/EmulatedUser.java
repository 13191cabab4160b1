package vn.exemplarbot.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import vn.exemplarbot.sandbox.internal.StoredFile;
import vn.exemplarbot.sandbox.internal.World;

/**
 * A Telegram user talking to the bot in a private chat (chat id equals user id). Each action
 * enqueues an Update shaped as Telegram's and returns its update_id.
 */
public final class EmulatedUser {

  private final World world;
  private final long id;
  private final ObjectNode from;
  private volatile String lastCallbackQueryId;

  EmulatedUser(World world, long id, String username, String firstName) {
    this.world = world;
    this.id = id;
    this.from = world.json().createObjectNode();
    from.put("id", id);
    from.put("is_bot", false);
    from.put("first_name", firstName);
    if (username != null) {
      from.put("username", username);
    }
    from.put("language_code", "vi");
    ObjectNode chat = world.json().createObjectNode();
    chat.put("id", id);
    chat.put("type", "private");
    chat.put("first_name", firstName);
    if (username != null) {
      chat.put("username", username);
    }
    world.chats().add(id, chat);
  }

  public long id() {
    return id;
  }

  public long chatId() {
    return id;
  }

  /** A text message; a leading "/command" (or "/command@bot") gets a bot_command entity. */
  public long send(String text) {
    return sendIn(id, text);
  }

  /** A text message from this user in another chat the emulator knows, such as a group. */
  public long sendIn(long chatId, String text) {
    return message(
        chatId,
        m -> {
          m.put("text", text);
          if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            int length = end < 0 ? text.length() : end;
            ObjectNode entity = m.putArray("entities").addObject();
            entity.put("offset", 0).put("length", length).put("type", "bot_command");
          }
        });
  }

  public long shareContact(String phone, Long contactUserId) {
    return message(
        id,
        m -> {
          ObjectNode contact = m.putObject("contact");
          contact.put("phone_number", phone);
          contact.put("first_name", from.get("first_name").asText());
          if (contactUserId != null) {
            contact.put("user_id", contactUserId);
          }
        });
  }

  public long sendDocument(String fileName, String mimeType, byte[] bytes) {
    StoredFile file = world.files().add("documents", fileName, mimeType, bytes);
    return message(id, m -> m.set("document", world.files().document(file)));
  }

  /**
   * A document whose {@code file_size} says {@code reportedSize}, whatever the bytes served: how a
   * file too big for the Bot API to download looks to a bot.
   */
  public long sendDocumentOfSize(String fileName, String mimeType, long reportedSize) {
    StoredFile file = world.files().add("documents", fileName, mimeType, new byte[] {1});
    ObjectNode document = world.files().document(file);
    document.put("file_size", reportedSize);
    return message(id, m -> m.set("document", document));
  }

  /** A sticker, which a bot can neither read nor use as an answer. */
  public long sendSticker() {
    return message(
        id,
        m -> {
          ObjectNode sticker = m.putObject("sticker");
          sticker.put("file_id", "sticker-" + id).put("file_unique_id", "sticker-u-" + id);
          sticker.put("type", "regular").put("width", 512).put("height", 512);
          sticker.put("is_animated", false).put("is_video", false);
        });
  }

  /** A photo in two sizes, both served from the given bytes. */
  public long sendPhoto(byte[] jpegBytes) {
    return message(
        id,
        m -> {
          var sizes = m.putArray("photo");
          int[] sides = {90, 320};
          for (int side : sides) {
            StoredFile file = world.files().add("photos", "photo.jpg", "image/jpeg", jpegBytes);
            ObjectNode size = sizes.addObject();
            size.put("file_id", file.fileId()).put("file_unique_id", file.uniqueId());
            size.put("file_size", jpegBytes.length).put("width", side).put("height", side);
          }
        });
  }

  /** Presses an inline button of message {@code messageId} in this user's private chat. */
  public long press(long messageId, String callbackData) {
    return pressIn(id, messageId, callbackData);
  }

  /** Presses an inline button of a message in any chat the emulator knows. */
  public long pressIn(long chatId, long messageId, String callbackData) {
    ObjectNode message = world.chats().message(chatId, messageId);
    if (message == null) {
      throw new IllegalArgumentException("no message " + messageId + " in chat " + chatId);
    }
    String queryId = world.callbacks().press(id);
    lastCallbackQueryId = queryId;
    ObjectNode query = world.json().createObjectNode();
    query.put("id", queryId);
    query.set("from", from.deepCopy());
    query.set("message", message);
    query.put("chat_instance", String.valueOf(chatId ^ 0x5DEECE66DL));
    query.put("data", callbackData);
    return world.updates().enqueue("callback_query", query);
  }

  public String lastCallbackQueryId() {
    return lastCallbackQueryId;
  }

  public void blockBot(boolean blocked) {
    world.chats().block(id, blocked);
  }

  public List<ChatMessage> chat() {
    return world.chats().history(id);
  }

  private long message(long chatId, Consumer<ObjectNode> content) {
    ObjectNode message = world.chats().append(chatId, from, content);
    return world.updates().enqueue("message", message);
  }
}
