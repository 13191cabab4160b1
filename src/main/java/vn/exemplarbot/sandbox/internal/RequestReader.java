package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.exemplarbot.sandbox.UploadedFile;

/** Decodes a request's parameters from its query string and body, as the Bot API accepts them. */
public final class RequestReader {

  /** The parameters, and whether they came as strings from a form or multipart body. */
  record Incoming(Map<String, Object> params, boolean formEncoded) {}

  private static final String ATTACH = "attach://";

  private final ObjectMapper json;

  RequestReader(ObjectMapper json) {
    this.json = json;
  }

  Incoming read(HttpExchange exchange) throws IOException {
    Map<String, Object> params =
        new LinkedHashMap<>(FormBody.parse(exchange.getRequestURI().getRawQuery()));
    boolean form = !params.isEmpty();
    byte[] body = exchange.getRequestBody().readAllBytes();
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
    if (body.length == 0) {
      return new Incoming(params, form);
    }
    if (lower.startsWith("multipart/form-data")) {
      String boundary = MultipartBody.boundary(type);
      if (boundary == null) {
        throw ApiError.badRequest("multipart boundary is missing");
      }
      Map<String, UploadedFile> uploads = new LinkedHashMap<>();
      for (MultipartBody.Part part : MultipartBody.parse(body, boundary)) {
        if (part.fileName() == null) {
          params.put(part.name(), part.text());
        } else {
          uploads.put(
              part.name(), new UploadedFile(part.fileName(), part.contentType(), part.bytes()));
        }
      }
      attach(params, uploads);
      return new Incoming(params, true);
    }
    if (lower.startsWith("application/x-www-form-urlencoded")) {
      params.putAll(FormBody.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8)));
      return new Incoming(params, true);
    }
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = json.readValue(body, LinkedHashMap.class);
      params.putAll(fields);
    } catch (IOException e) {
      throw ApiError.badRequest("can't parse JSON object");
    }
    return new Incoming(params, false);
  }

  /**
   * Puts each uploaded file where the Bot API expects it: a field "x" holding "attach://name" takes
   * the part named "name" (as TelegramBots sends files); a file part named after a field is that
   * field's value.
   */
  private static void attach(Map<String, Object> params, Map<String, UploadedFile> uploads) {
    params.replaceAll(
        (field, value) -> {
          if (value instanceof String s
              && s.startsWith(ATTACH)
              && uploads.containsKey(s.substring(ATTACH.length()))) {
            return uploads.remove(s.substring(ATTACH.length()));
          }
          return value;
        });
    params.putAll(uploads);
  }
}
