package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import vn.exemplarbot.sandbox.UploadedFile;

/** The methods that put messages in chats or change them. */
public final class MessageMethods {

  private static final String NOT_MODIFIED =
      "message is not modified: specified new message content and reply markup are exactly the"
          + " same as a current content and reply markup of the message";

  private final Chats chats;
  private final FileStore files;
  private final JsonNode bot;

  public MessageMethods(Chats chats, FileStore files, JsonNode bot) {
    this.chats = chats;
    this.files = files;
    this.bot = bot;
  }

  public void registerInto(Map<String, BotMethod> methods) {
    methods.put("sendMessage", this::sendMessage);
    methods.put("editMessageText", this::editMessageText);
    methods.put("editMessageReplyMarkup", this::editMessageReplyMarkup);
    methods.put("deleteMessage", this::deleteMessage);
    methods.put("sendDocument", this::sendDocument);
    methods.put("sendPhoto", this::sendPhoto);
    methods.put("getFile", this::getFile);
  }

  private JsonNode sendMessage(Params p) {
    long chatId = p.chatId();
    chats.requireWritable(chatId);
    String text = checkedText(p);
    JsonNode markup = inlineMarkup(p);
    JsonNode sent =
        chats.append(
            chatId,
            bot,
            m -> {
              m.put("text", text);
              if (markup != null) {
                m.set("reply_markup", markup);
              }
            });
    chats.replyMarkup(chatId, p.json("reply_markup"));
    return sent;
  }

  private JsonNode editMessageText(Params p) {
    long chatId = p.chatId();
    chats.requireWritable(chatId);
    long messageId = p.requiredLong("message_id");
    String text = checkedText(p);
    JsonNode markup = inlineMarkup(p);
    ObjectNode current = editable(chatId, messageId);
    if (!current.has("text")) {
      throw ApiError.badRequest("there is no text in the message to edit");
    }
    if (text.equals(current.path("text").asText(null))
        && Objects.equals(markup, current.get("reply_markup"))) {
      throw ApiError.badRequest(NOT_MODIFIED);
    }
    return applyEdit(chatId, messageId, m -> m.put("text", text), markup);
  }

  private JsonNode editMessageReplyMarkup(Params p) {
    long chatId = p.chatId();
    chats.requireWritable(chatId);
    long messageId = p.requiredLong("message_id");
    JsonNode markup = inlineMarkup(p);
    ObjectNode current = editable(chatId, messageId);
    if (Objects.equals(markup, current.get("reply_markup"))) {
      throw ApiError.badRequest(NOT_MODIFIED);
    }
    return applyEdit(chatId, messageId, m -> {}, markup);
  }

  private JsonNode deleteMessage(Params p) {
    long chatId = p.chatId();
    chats.requireWritable(chatId);
    if (!chats.delete(chatId, p.requiredLong("message_id"))) {
      throw ApiError.badRequest("message to delete not found");
    }
    return BooleanNode.TRUE;
  }

  private JsonNode sendDocument(Params p) {
    StoredFile file = stored(p.file("document"), "documents");
    return sendFile(p, m -> m.set("document", files.document(file)));
  }

  /** A photo by an uploaded image or a photo's file_id; the chat shows its one size. */
  private JsonNode sendPhoto(Params p) {
    StoredFile file = stored(p.file("photo"), "photos");
    return sendFile(p, m -> m.putArray("photo").add(files.photoSize(file)));
  }

  private JsonNode sendFile(Params p, java.util.function.Consumer<ObjectNode> content) {
    long chatId = p.chatId();
    chats.requireWritable(chatId);
    String caption = p.string("caption");
    if (caption != null && caption.length() > 1024) {
      throw ApiError.badRequest("message caption is too long");
    }
    JsonNode markup = inlineMarkup(p);
    return chats.append(
        chatId,
        bot,
        m -> {
          content.accept(m);
          if (caption != null && !caption.isEmpty()) {
            m.put("caption", caption);
          }
          if (markup != null) {
            m.set("reply_markup", markup);
          }
        });
  }

  private JsonNode getFile(Params p) {
    StoredFile file = files.byId(p.requiredString("file_id"));
    if (file == null) {
      throw ApiError.badRequest("invalid file_id");
    }
    return files.fileInfo(file);
  }

  /**
   * The file of a send: an upload (kept under {@code folder}), or the file_id of a file of the same
   * type, as Telegram refuses a photo's id as a document and the other way round.
   */
  private StoredFile stored(Object given, String folder) {
    if (given instanceof UploadedFile upload) {
      if (upload.bytes().length == 0) {
        throw ApiError.badRequest("file must be non-empty");
      }
      return files.add(folder, upload.fileName(), upload.contentType(), upload.bytes());
    }
    if (given == null) {
      throw ApiError.badRequest(
          "there is no " + folder.substring(0, folder.length() - 1) + " in the request");
    }
    StoredFile existing = files.byId(String.valueOf(given));
    if (existing == null) {
      throw ApiError.badRequest("wrong file identifier/HTTP URL specified");
    }
    if (!existing.path().startsWith(folder + "/")) {
      throw ApiError.badRequest(
          folder.equals("photos")
              ? "can't use file of type Document as Photo"
              : "can't use file of type Photo as Document");
    }
    return existing;
  }

  private ObjectNode editable(long chatId, long messageId) {
    ObjectNode current = chats.message(chatId, messageId);
    if (current == null) {
      throw ApiError.badRequest("message to edit not found");
    }
    if (!current.path("from").path("is_bot").asBoolean()) {
      throw ApiError.badRequest("message can't be edited");
    }
    return current;
  }

  private JsonNode applyEdit(
      long chatId,
      long messageId,
      java.util.function.Consumer<ObjectNode> change,
      JsonNode markup) {
    chats.edit(
        chatId,
        messageId,
        m -> {
          change.accept(m);
          if (markup == null) {
            m.remove("reply_markup");
          } else {
            m.set("reply_markup", markup);
          }
        });
    return chats.message(chatId, messageId);
  }

  private static String checkedText(Params p) {
    String text = p.string("text");
    if (text == null || text.isEmpty()) {
      throw ApiError.badRequest("message text is empty");
    }
    if (text.length() > 4096) {
      throw ApiError.badRequest("message is too long");
    }
    return text;
  }

  /** The inline keyboard markup without null fields; other markups do not show in a message. */
  private static JsonNode inlineMarkup(Params p) {
    JsonNode markup = p.json("reply_markup");
    if (markup == null || !markup.has("inline_keyboard")) {
      return null;
    }
    ObjectNode clean = markup.deepCopy();
    clean.retain("inline_keyboard");
    clean.get("inline_keyboard").forEach(row -> row.forEach(MessageMethods::dropNulls));
    return clean.get("inline_keyboard").isEmpty() ? null : clean;
  }

  private static void dropNulls(JsonNode button) {
    if (button instanceof ObjectNode o) {
      java.util.List<String> nulls = new java.util.ArrayList<>();
      o.fieldNames()
          .forEachRemaining(
              f -> {
                if (o.get(f).isNull()) nulls.add(f);
              });
      o.remove(nulls);
    }
  }
}
