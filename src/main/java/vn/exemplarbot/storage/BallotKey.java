package vn.exemplarbot.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The ballot key ({@code EXEMPLAR_BALLOT_KEY}, or {@code EXEMPLAR_BALLOT_KEY_FILE} holding it), and
 * the key before a rotation ({@code EXEMPLAR_BALLOT_KEY_PREVIOUS}): 32 random bytes in base64, held
 * by the operator alone. On PostgreSQL the box, and the inbox and outbox rows that carry a vote,
 * are sealed under it; the database keeps only each key's id and a check value (HMACs of fixed
 * texts), never the key. On SQLite it is checked for form and left unused: the file's own design
 * keeps the ballot secret there. A malformed key is refused at start, whatever the database.
 */
@Component
public class BallotKey {

  static final String KEY = "exemplar.ballot.key";
  static final String FILE = "exemplar.ballot.key-file";
  static final String PREVIOUS = "exemplar.ballot.key-previous";
  private static final int LENGTH = 32;

  private final byte[] current;
  private final byte[] previous;

  public BallotKey(Environment environment) {
    String key = environment.getProperty(KEY, "").strip();
    String file = environment.getProperty(FILE, "").strip();
    if (!key.isEmpty() && !file.isEmpty()) {
      throw refused("storage.ballot-key.both");
    }
    this.current = file.isEmpty() ? decode(key, "EXEMPLAR_BALLOT_KEY") : decode(read(file), file);
    this.previous =
        decode(environment.getProperty(PREVIOUS, "").strip(), "EXEMPLAR_BALLOT_KEY_PREVIOUS");
  }

  public boolean present() {
    return current != null;
  }

  /** The current key's id (16 hex digits), empty without a key. */
  public Optional<String> id() {
    return Optional.ofNullable(current).map(BallotKey::idOf);
  }

  /** The current key's check value, as recorded in the database. */
  public Optional<String> check() {
    return Optional.ofNullable(current).map(BallotKey::checkOf);
  }

  /** The previous key's id and check, empty without one. */
  public Optional<String[]> previousIdAndCheck() {
    return Optional.ofNullable(previous).map(k -> new String[] {idOf(k), checkOf(k)});
  }

  /** The key (current or previous) whose id this is, if given. */
  public Optional<byte[]> withId(String id) {
    if (current != null && idOf(current).equals(id)) {
      return Optional.of(current.clone());
    }
    if (previous != null && idOf(previous).equals(id)) {
      return Optional.of(previous.clone());
    }
    return Optional.empty();
  }

  static String idOf(byte[] key) {
    return HexFormat.of().formatHex(hmac(key, "exemplar-bot key id"), 0, 8);
  }

  static String checkOf(byte[] key) {
    return HexFormat.of().formatHex(hmac(key, "exemplar-bot key check"));
  }

  private static byte[] hmac(byte[] key, String text) {
    return Aead.hmac(key, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] decode(String text, String source) {
    if (text.isEmpty()) {
      return null;
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw refused("storage.ballot-key.base64", source);
    }
    if (key.length != LENGTH) {
      throw refused("storage.ballot-key.length", source, key.length);
    }
    return key;
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.US_ASCII).strip();
    } catch (IOException | RuntimeException e) {
      throw refused("storage.ballot-key.file", file);
    }
  }

  /** Refuses a malformed key before the data folder or the database is touched. */
  public static final class FormCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(
        ConfigurableEnvironment environment, SpringApplication application) {
      new BallotKey(environment);
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE - 10;
    }
  }

  private static StartupRefusedException refused(String key, Object... args) {
    return new StartupRefusedException(
        StartupTexts.both(key, args), StartupTexts.both("storage.ballot-key.fix"));
  }
}
