package vn.exemplarbot.telegram;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_API_URL} and {@code TELEGRAM_WEBHOOK_URL} (empty:
 * polling), and the timings of the adapter. Never printed: {@link #toString()} hides the token.
 * {@code chatInterval} is Telegram's one message a second per private chat; only tests against the
 * emulator shorten it.
 */
@ConfigurationProperties("telegram")
record TelegramProperties(
    String botToken,
    @DefaultValue("https://api.telegram.org") URI apiUrl,
    @DefaultValue("25s") Duration pollTimeout,
    @DefaultValue("10s") Duration requestTimeout,
    @DefaultValue("4") int senders,
    @DefaultValue("1s") Duration chatInterval,
    String webhookUrl) {

  boolean hasToken() {
    return botToken != null && !botToken.isBlank();
  }

  @Override
  public String toString() {
    return "TelegramProperties[apiUrl=" + apiUrl + ", token=" + (hasToken() ? "***" : "none") + "]";
  }
}
