package vn.exemplarbot.telegram.internal;

import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.clock.SteadyClock;

/**
 * The webhook's row: its secret, drawn once and kept, and the URL last asked of Telegram (written
 * before the call, cleared after {@code deleteWebhook}), so that a kill between the two still
 * leaves the webhook known. The secret is never logged.
 */
@Repository
public class WebhookState {

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  static final int SECRET_LENGTH = 32;

  private final JdbcClient jdbc;
  private final SteadyClock clock;
  private final SecureRandom random = new SecureRandom();

  WebhookState(JdbcClient jdbc, SteadyClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The secret Telegram must send, drawn on first use; the same for every later start. */
  @Transactional
  public String secret() {
    jdbc.sql("INSERT INTO webhook (id, secret_token) VALUES (1, :s) ON CONFLICT (id) DO NOTHING")
        .param("s", draw())
        .update();
    return jdbc.sql("SELECT secret_token FROM webhook WHERE id = 1").query(String.class).single();
  }

  /** Written before {@code setWebhook}: from here on a webhook may be set. */
  @Transactional
  public void setting(String url) {
    secret();
    jdbc.sql("UPDATE webhook SET set_url = :u, set_at = :at WHERE id = 1")
        .param("u", url)
        .param("at", clock.millis())
        .update();
  }

  /** The URL a webhook may be set at, if one was ever asked for and not deleted since. */
  @Transactional(readOnly = true)
  public Optional<String> set() {
    return jdbc.sql("SELECT set_url FROM webhook WHERE id = 1 AND set_url IS NOT NULL")
        .query(String.class)
        .optional();
  }

  /** Written after {@code deleteWebhook} succeeded. */
  @Transactional
  public void deleted() {
    jdbc.sql("UPDATE webhook SET set_url = NULL, set_at = NULL WHERE id = 1").update();
  }

  private String draw() {
    StringBuilder secret = new StringBuilder(SECRET_LENGTH);
    for (int i = 0; i < SECRET_LENGTH; i++) {
      secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return secret.toString();
  }
}
