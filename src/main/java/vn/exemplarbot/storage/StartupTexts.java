package vn.exemplarbot.storage;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts read before Spring starts (refusals, the command line): Vietnamese, then English. */
public final class StartupTexts {

  private static final ResourceBundle.Control EXACT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private StartupTexts() {}

  /** The Vietnamese text, a line break, the English one. */
  public static String both(String key, Object... args) {
    return format(Locale.ROOT, key, args) + "\n" + format(Locale.ENGLISH, key, args);
  }

  public static String vi(String key, Object... args) {
    return format(Locale.ROOT, key, args);
  }

  public static String en(String key, Object... args) {
    return format(Locale.ENGLISH, key, args);
  }

  private static String format(Locale locale, String key, Object... args) {
    String pattern = ResourceBundle.getBundle("messages", locale, EXACT).getString(key);
    return new MessageFormat(pattern, locale).format(args);
  }
}
