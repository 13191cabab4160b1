package vn.exemplarbot.nomination;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A nomination's code as people see and type it: {@code N-12}, or {@code 12}, in any case. */
public final class Codes {

  private static final Pattern TYPED = Pattern.compile("\\s*(?:[nN]\\s*-?\\s*)?(\\d{1,9})\\s*");

  private Codes() {}

  public static String format(int code) {
    return "N-" + code;
  }

  public static Optional<Integer> parse(String typed) {
    Matcher m = TYPED.matcher(typed == null ? "" : typed);
    return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
