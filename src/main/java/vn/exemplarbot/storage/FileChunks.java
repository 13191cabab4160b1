package vn.exemplarbot.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of {@code stored_file} and {@code stored_file_chunk} (V18): a file's content as chunks
 * of exactly {@value #CHUNK} bytes but the last, numbered from 0, written and read one chunk at a
 * time, so no file is ever whole in memory. The layout is shared with {@code migrate-to}.
 */
@Component
class FileChunks {

  static final int CHUNK = 262_144;

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;

  FileChunks(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** A file as stored: its size and the lower-case hex SHA-256 of its content. */
  record Stored(long size, String sha256) {

    long chunks() {
      return (size + CHUNK - 1) / CHUNK;
    }
  }

  /**
   * Streams {@code file} in as {@code path}, replacing any earlier content, in the current
   * transaction (or one of its own); returns it as stored.
   */
  Stored store(String path, Path file) {
    return transactions.execute(status -> storeNow(path, file));
  }

  private Stored storeNow(String path, Path file) {
    delete(path);
    jdbc.sql("INSERT INTO stored_file (path, size, sha256, stored_at) VALUES (:path, 0, '', :now)")
        .param("path", path)
        .param("now", clock.millis())
        .update();
    MessageDigest sha = sha256();
    long size = 0;
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      byte[] buffer = new byte[CHUNK];
      for (int seq = 0; ; seq++) {
        int n = in.readNBytes(buffer, 0, CHUNK);
        if (n == 0) {
          break;
        }
        insertChunk(path, seq, n == CHUNK ? buffer : Arrays.copyOf(buffer, n));
        size += n;
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Could not read " + file + " to store it", e);
    }
    Stored stored = new Stored(size, HexFormat.of().formatHex(sha.digest()));
    jdbc.sql("UPDATE stored_file SET size = :size, sha256 = :sha WHERE path = :path")
        .param("size", stored.size())
        .param("sha", stored.sha256())
        .param("path", path)
        .update();
    return stored;
  }

  private void insertChunk(String path, int seq, byte[] bytes) {
    jdbc.sql("INSERT INTO stored_file_chunk (path, seq, bytes) VALUES (:path, :seq, :bytes)")
        .param("path", path)
        .param("seq", seq)
        .param("bytes", bytes)
        .update();
  }

  Optional<Stored> find(String path) {
    return jdbc.sql("SELECT size, sha256 FROM stored_file WHERE path = :path")
        .param("path", path)
        .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2)))
        .optional();
  }

  /** Writes the stored content to {@code out}, one chunk read at a time. */
  void copy(String path, Stored stored, OutputStream out) throws IOException {
    for (int seq = 0; seq < stored.chunks(); seq++) {
      byte[] bytes =
          jdbc.sql("SELECT bytes FROM stored_file_chunk WHERE path = :path AND seq = :seq")
              .param("path", path)
              .param("seq", seq)
              .query((rs, n) -> rs.getBytes(1))
              .optional()
              .orElseThrow(() -> new IOException("a chunk of " + path + " is missing"));
      out.write(bytes);
    }
  }

  void delete(String path) {
    jdbc.sql("DELETE FROM stored_file WHERE path = :path").param("path", path).update();
  }

  /** Every file whose path starts with {@code prefix} (compared as text, no pattern). */
  void deleteUnder(String prefix) {
    jdbc.sql("DELETE FROM stored_file WHERE substr(path, 1, :length) = :prefix")
        .param("length", prefix.length())
        .param("prefix", prefix)
        .update();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
