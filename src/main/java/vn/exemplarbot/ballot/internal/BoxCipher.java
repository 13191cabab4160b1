package vn.exemplarbot.ballot.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.exemplarbot.storage.Aead;
import vn.exemplarbot.storage.BallotKey;
import vn.exemplarbot.storage.Database;

/**
 * The box sealed on PostgreSQL, whose row versions, transaction ids and write-ahead log keep what
 * SQLite's design erases: a box row's choice and salt ({@code A;salt}, or {@code -;placeholder} for
 * an empty row, the same length) are one AES-GCM ciphertext under a key derived per ballot from the
 * ballot key, a fresh nonce per write, bound to the ballot, nomination and receipt. A ballot
 * records the id of the key it was sealed under; one without (SQLite, or moved from it) keeps its
 * box in clear.
 */
@Component
public class BoxCipher {

  private final BallotKey key;
  private final boolean postgresql;
  private final Map<String, byte[]> derived = new ConcurrentHashMap<>();

  BoxCipher(BallotKey key, Environment environment) {
    this.key = key;
    this.postgresql = !Database.of(environment).sqlite();
  }

  /** Whether a ballot may be opened here: on SQLite always, on PostgreSQL with a ballot key. */
  public boolean ballotsPossible() {
    return !postgresql || key.present();
  }

  /** The key id a new ballot is sealed under: empty on SQLite. */
  public Optional<String> keyForNewBallot() {
    return postgresql ? key.id() : Optional.empty();
  }

  String seal(String keyId, long ballotId, BoxRows.Place place, String choice, String salt) {
    return Aead.seal(key(keyId, ballotId), place.aad(ballotId), choice + ";" + salt);
  }

  /** The choice and the salt of a sealed row. */
  String[] open(String keyId, long ballotId, BoxRows.Place place, String sealed) {
    return Aead.open(key(keyId, ballotId), place.aad(ballotId), sealed).split(";", 2);
  }

  private byte[] key(String keyId, long ballotId) {
    return derived.computeIfAbsent(
        keyId + "/" + ballotId,
        k ->
            Aead.derive(
                key.withId(keyId)
                    .orElseThrow(() -> new IllegalStateException("no ballot key with id " + keyId)),
                "exemplar-bot ballot box " + ballotId));
  }
}
