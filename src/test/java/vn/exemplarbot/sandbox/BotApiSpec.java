package vn.exemplarbot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks requests against the Bot API reference reduced to {@code botapi/spec.json}: the method
 * exists, every field is known and of the right JSON kind, required fields are there, and the
 * documented length limits on message text, captions and callback data hold.
 */
public final class BotApiSpec implements RequestValidator {

  private final ObjectMapper json = new ObjectMapper();
  private final JsonNode spec;
  private final Map<String, String> canonicalNames = new HashMap<>();

  public BotApiSpec() {
    try (InputStream in = BotApiSpec.class.getResourceAsStream("/botapi/spec.json")) {
      spec = json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    spec.get("methods")
        .fieldNames()
        .forEachRemaining(name -> canonicalNames.put(name.toLowerCase(Locale.ROOT), name));
  }

  public String version() {
    return spec.get("version").asText();
  }

  @Override
  public List<String> check(String method, Map<String, Object> params) {
    return check(method, params, false);
  }

  @Override
  public List<String> check(String method, Map<String, Object> params, boolean formEncoded) {
    String name = canonicalNames.get(method.toLowerCase(Locale.ROOT));
    if (name == null) {
      return List.of("unknown method " + method);
    }
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> fields = new HashMap<>();
    spec.get("methods").get(name).get("fields").forEach(f -> fields.put(f.get("name").asText(), f));
    params.forEach(
        (field, value) -> {
          JsonNode declared = fields.get(field);
          if (declared == null && !field.equals("method")) {
            problems.add("unknown field " + field);
          } else if (declared != null
              && value != null
              && !fitsAny(declared.get("types"), value, formEncoded)) {
            problems.add(field + " is not " + declared.get("types") + ": " + value);
          }
        });
    fields.forEach(
        (field, declared) -> {
          if (declared.get("required").asBoolean() && params.get(field) == null) {
            problems.add("missing required field " + field);
          }
        });
    checkLimits(name, params, problems);
    return problems;
  }

  private boolean fitsAny(JsonNode types, Object value, boolean formEncoded) {
    for (JsonNode type : types) {
      if (fits(type.asText(), value, formEncoded)) {
        return true;
      }
    }
    return false;
  }

  private boolean fits(String type, Object value, boolean formEncoded) {
    if (formEncoded
        && value instanceof String s
        && !type.equals("String")
        && !type.equals("InputFile")) {
      return fitsEncoded(type, s);
    }
    return switch (type) {
      case "Integer" ->
          value instanceof Integer || value instanceof Long || value instanceof BigInteger;
      case "Float" -> value instanceof Number;
      case "String" -> value instanceof String;
      case "Boolean" -> value instanceof Boolean;
      case "InputFile" ->
          value instanceof UploadedFile || (value instanceof String s && s.startsWith("attach://"));
      default ->
          type.startsWith("Array of ")
              ? value instanceof List
              : value instanceof Map && isObjectType(type);
    };
  }

  private boolean fitsEncoded(String type, String value) {
    return switch (type) {
      case "Integer" -> value.matches("-?\\d+");
      case "Float" -> value.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
      case "Boolean" -> value.equals("true") || value.equals("false");
      default -> {
        JsonNode node = parse(value);
        yield node != null
            && (type.startsWith("Array of ")
                ? node.isArray()
                : node.isObject() && isObjectType(type));
      }
    };
  }

  private boolean isObjectType(String type) {
    return spec.get("types").has(type);
  }

  private void checkLimits(String method, Map<String, Object> params, List<String> problems) {
    Object text = params.get("text");
    if ((method.equals("sendMessage") || method.equals("editMessageText"))
        && text instanceof String s
        && s.length() > 4096) {
      problems.add("text is longer than 4096 characters: " + s.length());
    }
    Object caption = params.get("caption");
    if (caption instanceof String s && s.length() > 1024) {
      problems.add("caption is longer than 1024 characters: " + s.length());
    }
    Object markup = params.get("reply_markup");
    JsonNode node =
        markup instanceof String s ? parse(s) : markup == null ? null : json.valueToTree(markup);
    if (node == null) {
      return;
    }
    for (JsonNode row : node.path("inline_keyboard")) {
      for (JsonNode button : row) {
        String data = button.path("callback_data").asText(null);
        if (data != null && (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > 64)) {
          problems.add("callback_data must be 1-64 bytes: " + data);
        }
      }
    }
  }

  private JsonNode parse(String value) {
    try {
      return json.readTree(value);
    } catch (IOException e) {
      return null;
    }
  }
}
