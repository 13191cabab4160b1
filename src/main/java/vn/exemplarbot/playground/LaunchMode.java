package vn.exemplarbot.playground;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Decides, before Spring starts, whether this start is the bot's production run or the sandbox. A
 * token means production, always. Without one the sandbox starts, unless {@code
 * EXEMPLAR_SANDBOX=off} (then the production start refuses, saying how to get a token), or the data
 * folder already holds the bot's production database, or {@code EXEMPLAR_DATABASE_URL} names one
 * (PostgreSQL), or systemd started us ({@code INVOCATION_ID}): a server that lost its token must
 * fail loudly, not quietly become a sandbox.
 */
public final class LaunchMode {

  /** What to do with this start. */
  public sealed interface Decision {}

  /** The bot as configured: with a token, or without one to refuse it as before. */
  public record Production() implements Decision {}

  /** The sandbox, in {@code <dataDir>/sandbox}, with the page on {@code port}. */
  public record Sandbox(Path dataDir, Path configDir, int port) implements Decision {
    public Path sandboxDir() {
      return dataDir.resolve("sandbox");
    }
  }

  /** Neither: the message key says why, with the data folder as its argument. */
  public record Refused(String reasonKey, String argument) implements Decision {}

  static final String PRODUCTION_DATABASE = "exemplar.db";

  private final Settings settings;

  private LaunchMode(Settings settings) {
    this.settings = settings;
  }

  public static Decision decide(String[] args, Map<String, String> env, Properties system) {
    return new LaunchMode(new Settings(args, env, system)).decide();
  }

  private Decision decide() {
    if (!settings.value("telegram.bot-token", "TELEGRAM_BOT_TOKEN", "").isBlank()) {
      return new Production();
    }
    String switchValue = settings.value("exemplar.sandbox", "EXEMPLAR_SANDBOX", "auto");
    String mode = switchValue.strip().toLowerCase(Locale.ROOT);
    if (mode.equals("off")) {
      return new Production();
    }
    if (!mode.equals("auto") && !mode.isEmpty()) {
      return new Refused("sandbox.refused.switch", switchValue);
    }
    Path data = Path.of(settings.value("exemplar.data-dir", "EXEMPLAR_DATA_DIR", "./data"));
    if (Files.exists(data.resolve(PRODUCTION_DATABASE))) {
      return new Refused("sandbox.refused.production-data", data.toAbsolutePath().toString());
    }
    if (!settings.value("exemplar.database.url", "EXEMPLAR_DATABASE_URL", "").isBlank()) {
      // Never the URL itself: it may carry the database's password.
      return new Refused("sandbox.refused.database", data.toAbsolutePath().toString());
    }
    if (!settings.env().getOrDefault("INVOCATION_ID", "").isBlank()) {
      return new Refused("sandbox.refused.systemd", data.toAbsolutePath().toString());
    }
    return sandbox(data);
  }

  private Decision sandbox(Path data) {
    Path config =
        Path.of(settings.value("exemplar.config-dir", "EXEMPLAR_CONFIG_DIR", "./bot-config"));
    String port = settings.value("server.port", "SERVER_PORT", "8080").strip();
    if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
      return new Refused("sandbox.refused.port", port);
    }
    return new Sandbox(
        data.toAbsolutePath().normalize(),
        config.toAbsolutePath().normalize(),
        Integer.parseInt(port));
  }

  /** A setting as Spring would read it here: argument, then system property, then environment. */
  private record Settings(String[] args, Map<String, String> env, Properties system) {

    String value(String property, String variable, String fallback) {
      String prefix = "--" + property + "=";
      for (int i = args.length - 1; i >= 0; i--) {
        if (args[i].startsWith(prefix)) {
          return args[i].substring(prefix.length());
        }
      }
      String fromSystem = system.getProperty(property, system.getProperty(variable));
      if (fromSystem != null) {
        return fromSystem;
      }
      return env.getOrDefault(variable, fallback);
    }
  }
}
