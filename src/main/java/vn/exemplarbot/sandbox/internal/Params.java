package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Typed access to a request's parameters, whichever way the body arrived. */
public final class Params {

  private final Map<String, Object> values;
  private final ObjectMapper json;

  Params(Map<String, Object> values, ObjectMapper json) {
    this.values = values;
    this.json = json;
  }

  Map<String, Object> asMap() {
    return values;
  }

  boolean has(String name) {
    return values.get(name) != null;
  }

  Object raw(String name) {
    return values.get(name);
  }

  String string(String name) {
    Object v = values.get(name);
    return v == null ? null : String.valueOf(v);
  }

  String requiredString(String name) {
    String v = string(name);
    if (v == null || v.isEmpty()) {
      throw ApiError.badRequest(name + " is empty");
    }
    return v;
  }

  Long optionalLong(String name) {
    Object v = values.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof Number n) {
      return n.longValue();
    }
    try {
      return Long.parseLong(String.valueOf(v).trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  long requiredLong(String name) {
    if (!has(name)) {
      throw ApiError.badRequest(name + " is empty");
    }
    Long v = optionalLong(name);
    if (v == null) {
      throw ApiError.badRequest("invalid " + name + " specified");
    }
    return v;
  }

  /** The chat id as a number; usernames ("@name") are not known to the emulator. */
  long chatId() {
    if (!has("chat_id")) {
      throw ApiError.badRequest("chat_id is empty");
    }
    Long v = optionalLong("chat_id");
    if (v == null) {
      throw ApiError.badRequest("chat not found");
    }
    return v;
  }

  boolean bool(String name) {
    Object v = values.get(name);
    return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(String.valueOf(v));
  }

  /** An object or array parameter, given as JSON or as a JSON-encoded string; null when absent. */
  JsonNode json(String name) {
    Object v = values.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof String s) {
      try {
        return json.readTree(s);
      } catch (JsonProcessingException e) {
        throw ApiError.badRequest("can't parse " + name + " JSON object");
      }
    }
    return json.valueToTree(v);
  }

  Object file(String name) {
    return values.get(name);
  }
}
