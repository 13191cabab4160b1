package vn.exemplarbot.telegram.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code TELEGRAM_WEBHOOK_URL} read and checked: Telegram pushes only to HTTPS on port 443, 80, 88
 * or 8443, usually a reverse proxy that passes the path on to this bot's own server. Tests, which
 * have no certificate, may allow plain HTTP to this machine ({@code
 * exemplar.test.allow-plain-webhook}).
 */
public record WebhookAddress(URI url, String path) {

  private static final Set<Integer> TELEGRAM_PORTS = Set.of(443, 80, 88, 8443);
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost");

  /** Why a URL cannot serve, as a message key of the startup texts. */
  public static final class Refused extends Exception {
    private final String key;

    Refused(String key) {
      super(key, null, false, false);
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** Empty when no URL is set (polling); refused when it is not one Telegram would push to. */
  public static Optional<WebhookAddress> parse(String given, boolean allowPlainLoopback)
      throws Refused {
    if (given == null || given.isBlank()) {
      return Optional.empty();
    }
    URI url;
    try {
      url = new URI(given.strip());
    } catch (URISyntaxException e) {
      throw new Refused("telegram.webhook.refused.syntax");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost();
    if (host == null || url.getUserInfo() != null || url.getFragment() != null) {
      throw new Refused("telegram.webhook.refused.syntax");
    }
    boolean plainLoopback = allowPlainLoopback && scheme.equals("http") && LOOPBACK.contains(host);
    if (!scheme.equals("https") && !plainLoopback) {
      throw new Refused("telegram.webhook.refused.https");
    }
    int port = url.getPort() < 0 ? 443 : url.getPort();
    if (!plainLoopback && !TELEGRAM_PORTS.contains(port)) {
      throw new Refused("telegram.webhook.refused.port");
    }
    String path = url.getRawPath();
    if (path == null || path.isEmpty() || path.equals("/")) {
      throw new Refused("telegram.webhook.refused.path");
    }
    return Optional.of(new WebhookAddress(url, path));
  }

  /** For the log: the URL, with the bot's token hidden should the path carry it. */
  public String shown(String token) {
    return redacted(url.toString(), token);
  }

  /** The text with the bot's token, as given or URL-encoded, replaced by {@code ***}. */
  public static String redacted(String text, String token) {
    if (text == null || token == null || token.isBlank()) {
      return text;
    }
    String bare = token.strip();
    return text.replace(bare, "***").replace(bare.replace(":", "%3A"), "***");
  }
}
