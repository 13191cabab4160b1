package vn.exemplarbot.playground;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The message bundles read before Spring starts (the launch decision and its refusals): the
 * Vietnamese default, then English.
 */
public final class LaunchTexts {

  private static final ResourceBundle.Control EXACT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private LaunchTexts() {}

  public static String vi(String key, Object... args) {
    return format(Locale.ROOT, key, args);
  }

  public static String en(String key, Object... args) {
    return format(Locale.ENGLISH, key, args);
  }

  /** Why the sandbox will not start, in Vietnamese then English, with how to go on. */
  public static String refusal(LaunchMode.Refused refused) {
    return vi(refused.reasonKey(), refused.argument())
        + "\n"
        + vi("sandbox.refused.how")
        + "\n\n"
        + en(refused.reasonKey(), refused.argument())
        + "\n"
        + en("sandbox.refused.how");
  }

  private static String format(Locale locale, String key, Object... args) {
    String pattern = ResourceBundle.getBundle("messages", locale, EXACT).getString(key);
    return new MessageFormat(pattern, locale).format(args);
  }
}
