package vn.exemplarbot.messaging;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** User-facing text from the message bundles: Vietnamese first, English second. */
@Component
public class Texts {

  public static final Locale VI = Locale.forLanguageTag("vi");
  public static final Locale EN = Locale.ENGLISH;

  private final MessageSource messages;

  Texts(MessageSource messages) {
    this.messages = messages;
  }

  public String get(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  public String get(String language, String key, Object... args) {
    return get(locale(language), key, args);
  }

  public static Locale locale(String language) {
    return "en".equals(language) ? EN : VI;
  }
}
