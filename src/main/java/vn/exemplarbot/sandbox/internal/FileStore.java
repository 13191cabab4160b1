package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLConnection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Files by file_id and by file_path, with their Telegram JSON shapes. */
public final class FileStore {

  private final ObjectMapper json;
  private final AtomicLong counter = new AtomicLong();
  private final Map<String, StoredFile> byId = new ConcurrentHashMap<>();
  private final Map<String, StoredFile> byPath = new ConcurrentHashMap<>();

  public FileStore(ObjectMapper json) {
    this.json = json;
  }

  public StoredFile add(String folder, String fileName, String mimeType, byte[] bytes) {
    long n = counter.incrementAndGet();
    String extension =
        fileName != null && fileName.contains(".")
            ? fileName.substring(fileName.lastIndexOf('.'))
            : "";
    String mime = mimeType;
    if (mime == null || mime.isBlank() || mime.startsWith("application/octet-stream")) {
      String guessed = fileName == null ? null : URLConnection.guessContentTypeFromName(fileName);
      mime = guessed != null ? guessed : "application/octet-stream";
    }
    StoredFile file =
        new StoredFile(
            "BQACAgIAAxkB" + folder.charAt(0) + n + "fileid",
            "AgAD" + n,
            fileName,
            mime,
            bytes.clone(),
            folder + "/file_" + n + extension);
    byId.put(file.fileId(), file);
    byPath.put(file.path(), file);
    return file;
  }

  StoredFile byId(String fileId) {
    return fileId == null ? null : byId.get(fileId);
  }

  StoredFile byPath(String path) {
    return byPath.get(path);
  }

  public ObjectNode document(StoredFile file) {
    ObjectNode d = json.createObjectNode();
    d.put("file_id", file.fileId());
    d.put("file_unique_id", file.uniqueId());
    if (file.fileName() != null) {
      d.put("file_name", file.fileName());
    }
    d.put("mime_type", file.mimeType());
    d.put("file_size", file.bytes().length);
    return d;
  }

  /** One size of a photo, as a message's {@code photo} array holds it. */
  public ObjectNode photoSize(StoredFile file) {
    ObjectNode size = json.createObjectNode();
    size.put("file_id", file.fileId());
    size.put("file_unique_id", file.uniqueId());
    size.put("file_size", file.bytes().length);
    size.put("width", 320);
    size.put("height", 320);
    return size;
  }

  ObjectNode fileInfo(StoredFile file) {
    ObjectNode f = json.createObjectNode();
    f.put("file_id", file.fileId());
    f.put("file_unique_id", file.uniqueId());
    f.put("file_size", file.bytes().length);
    f.put("file_path", file.path());
    return f;
  }
}
