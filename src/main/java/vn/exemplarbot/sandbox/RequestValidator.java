package vn.exemplarbot.sandbox;

import java.util.List;
import java.util.Map;

/** Checks each request before the emulator processes it; problems make a 400 answer. */
@FunctionalInterface
public interface RequestValidator {

  /** The problems found, an empty list when the request is fine. */
  List<String> check(String method, Map<String, Object> params);

  /**
   * Called by the emulator with how the body arrived: in form and multipart bodies every value is a
   * string, so a validator may accept numeric strings and JSON-encoded objects there only.
   */
  default List<String> check(String method, Map<String, Object> params, boolean formEncoded) {
    return check(method, params);
  }
}
