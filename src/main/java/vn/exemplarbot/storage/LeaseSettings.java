package vn.exemplarbot.storage;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.springframework.core.env.PropertyResolver;

/**
 * This instance's name ({@code EXEMPLAR_INSTANCE_NAME}, else the host name and the pid), how often
 * the active renews its lease ({@code EXEMPLAR_LEASE_RENEW}, default {@code PT2S}) and for how long
 * each renewal holds ({@code EXEMPLAR_LEASE_TTL}, default {@code PT10S}). A TTL of at most two
 * renewals would lose the lease on one slow renewal: refused at start.
 */
public record LeaseSettings(String instance, Duration renew, Duration ttl) {

  static final String RENEW = "exemplar.lease.renew";
  static final String TTL = "exemplar.lease.ttl";

  public static LeaseSettings of(PropertyResolver settings) {
    String renewText = settings.getProperty(RENEW, "PT2S").strip();
    String ttlText = settings.getProperty(TTL, "PT10S").strip();
    Duration renew = parse(renewText, ttlText, renewText);
    Duration ttl = parse(ttlText, ttlText, renewText);
    if (renew.isNegative()
        || renew.isZero()
        || ttl.isNegative()
        || ttl.compareTo(renew.multipliedBy(2)) <= 0) {
      throw refused(ttlText, renewText);
    }
    String name = settings.getProperty("exemplar.instance.name", "").strip();
    return new LeaseSettings(name.isEmpty() ? hostAndPid() : name, renew, ttl);
  }

  /**
   * How this instance's connections name themselves to PostgreSQL ({@code application_name}), so
   * that a standby taking over tells the former holder's sessions from its own. ASCII letters,
   * digits and {@code . _ -} only, nothing to quote: a name with other characters, or too long for
   * the 63 bytes the server keeps, is cut and tagged with a hash of the whole name, so two
   * instances never share one.
   */
  public String applicationName() {
    String safe = instance.replaceAll("[^A-Za-z0-9._-]", "_");
    if (!safe.equals(instance) || safe.length() > 40) {
      safe =
          safe.substring(0, Math.min(safe.length(), 40))
              + "~"
              + String.format("%08x", instance.hashCode());
    }
    return "exemplar-bot/" + safe;
  }

  /** How long before the database's expiry this instance stops calling the Bot API. */
  public Duration margin() {
    return renew;
  }

  private static Duration parse(String text, String ttl, String renew) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw refused(ttl, renew);
    }
  }

  private static StartupRefusedException refused(String ttl, String renew) {
    return new StartupRefusedException(
        StartupTexts.both("storage.refused.lease", ttl, renew),
        StartupTexts.both("storage.refused.lease.fix"));
  }

  private static String hostAndPid() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return host + "-" + ProcessHandle.current().pid();
  }
}
