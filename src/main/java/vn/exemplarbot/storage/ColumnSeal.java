package vn.exemplarbot.storage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A column value that carries a vote (a vote press in the inbox, a choice or receipt in the outbox)
 * sealed on PostgreSQL, whose old row versions and write-ahead log keep it after the row is cleared
 * or deleted: AES-GCM under a key derived from the ballot key, bound to its place, written as
 * {@code sealed:<key id>:<base64>}. A value without the mark reads as it is (SQLite, rows written
 * before, or no key). On SQLite nothing is sealed: the journal is scrubbed instead.
 */
@Component
public class ColumnSeal {

  private static final String MARK = "sealed:";

  private final BallotKey key;
  private final boolean on;
  private final Map<String, byte[]> derived = new ConcurrentHashMap<>();

  public ColumnSeal(BallotKey key, Environment environment) {
    this.key = key;
    this.on = !Database.of(environment).sqlite() && key.present();
  }

  /** The value to store at this place: sealed on PostgreSQL with a key, else as it is. */
  public String seal(String place, String plain) {
    if (!on || plain == null) {
      return plain;
    }
    String id = key.id().orElseThrow();
    return MARK + id + ":" + Aead.seal(derived(id), place, plain);
  }

  /** The stored value read back. */
  public String open(String place, String stored) {
    if (stored == null || !stored.startsWith(MARK)) {
      return stored;
    }
    int colon = stored.indexOf(':', MARK.length());
    String id = stored.substring(MARK.length(), colon);
    return Aead.open(derived(id), place, stored.substring(colon + 1));
  }

  private byte[] derived(String id) {
    return derived.computeIfAbsent(
        id,
        k ->
            Aead.derive(
                key.withId(k)
                    .orElseThrow(() -> new IllegalStateException("no ballot key with id " + k)),
                "exemplar-bot columns"));
  }
}
