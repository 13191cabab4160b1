package vn.exemplarbot.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Reads each Bot API answer's HTTP status and body before TelegramBots does, so that what reaches
 * the library says what Telegram meant. The library ignores the status and, for a body it cannot
 * map (an HTML 502 page from a front end, an empty body, a result with fields it does not know),
 * raises an error with code 0 that looks like a refusal. Here: a readable answer passes unchanged;
 * a 2xx with {@code ok: true} whose message the library cannot map keeps its {@code message_id} (it
 * was delivered); a 2xx without a readable {@code ok: true} becomes code {@value #UNKNOWN_FATE} (it
 * may have been done); any other status without a readable answer becomes an error with that status
 * (a 5xx is then retried, never called a refusal). File downloads are not touched.
 */
final class AnswerReader implements Interceptor {

  /** The error code given to a 2xx answer that cannot be read: its fate is unknown. */
  static final int UNKNOWN_FATE = -1;

  private static final MediaType JSON = MediaType.get("application/json");

  private final ObjectMapper mapper;
  private final ApiReachability reachability;

  AnswerReader(ObjectMapper mapper, ApiReachability reachability) {
    this.mapper = mapper;
    this.reachability = reachability;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (chain.request().url().encodedPath().startsWith("/file/")) {
      if (response.isSuccessful()) {
        reachability.heard();
      }
      return response;
    }
    ResponseBody body = response.body();
    byte[] bytes = body == null ? new byte[0] : body.bytes();
    JsonNode answer = read(response.code(), response.header("Retry-After"), bytes);
    byte[] out = answer == null ? bytes : mapper.writeValueAsBytes(answer);
    return response.newBuilder().body(ResponseBody.create(out, JSON)).build();
  }

  /** The answer to give the library instead, or null when the body already says it right. */
  JsonNode read(int status, String retryAfter, byte[] bytes) {
    JsonNode json = parse(bytes);
    boolean success = status >= 200 && status < 300;
    if (json != null && json.has("ok") && json.path("ok").isBoolean()) {
      reachability.heard();
      if (success && json.path("ok").asBoolean()) {
        return mappable(json);
      }
      if (!json.path("ok").asBoolean() && json.path("error_code").canConvertToInt()) {
        return null;
      }
    }
    int code = success ? UNKNOWN_FATE : status;
    ObjectNode error = mapper.createObjectNode().put("ok", false).put("error_code", code);
    error.put("description", (success ? "unreadable answer, HTTP " : "HTTP ") + status);
    if (status == 429) {
      error.putObject("parameters").put("retry_after", seconds(retryAfter));
    }
    return error;
  }

  /** A delivered message the library cannot map keeps its id; anything else passes as it is. */
  private JsonNode mappable(JsonNode json) {
    JsonNode result = json.path("result");
    if (!result.isObject() || !result.has("message_id")) {
      return null;
    }
    try {
      mapper.treeToValue(result, Message.class);
      return null;
    } catch (IOException | IllegalArgumentException e) {
      ObjectNode plain = mapper.createObjectNode().put("ok", true);
      ObjectNode message = plain.putObject("result");
      message.put("message_id", result.path("message_id").asLong());
      // Any date but 0: the Bot API's date 0 marks an inaccessible message.
      message.put(
          "date", Math.max(1, result.path("date").asLong(System.currentTimeMillis() / 1000)));
      message
          .putObject("chat")
          .put("id", result.path("chat").path("id").asLong())
          .put("type", "private");
      return plain;
    }
  }

  private JsonNode parse(byte[] bytes) {
    try {
      return bytes.length == 0 ? null : mapper.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return null;
    }
  }

  private static int seconds(String retryAfter) {
    try {
      return retryAfter == null ? 1 : Math.max(1, Integer.parseInt(retryAfter.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
