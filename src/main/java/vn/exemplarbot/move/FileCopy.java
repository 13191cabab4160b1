package vn.exemplarbot.move;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import vn.exemplarbot.move.DataFolderFiles.DataFile;

/**
 * A file of the data folder into {@code stored_file} and {@code stored_file_chunk}, streamed:
 * chunks of exactly 262144 bytes but the last, {@code seq} from 0 (an empty file has none), the
 * SHA-256 of the whole content in lower-case hex. Checked by reading it back from the database: its
 * row's size and digest, and its chunks hashed again in order, against what the file gave.
 */
final class FileCopy {

  static final int CHUNK = 262_144;

  /** What a file gave as it was read. */
  record Stored(String path, long size, String sha256) {}

  private FileCopy() {}

  static Stored store(Connection postgres, DataFile file, long storedAt)
      throws IOException, SQLException {
    execute(postgres, "DELETE FROM stored_file WHERE path = ?", file.path());
    try (PreparedStatement row =
        postgres.prepareStatement(
            "INSERT INTO stored_file (path, size, sha256, stored_at) VALUES (?, 0, '', ?)")) {
      row.setString(1, file.path());
      row.setLong(2, storedAt);
      row.executeUpdate();
    }
    MessageDigest sha256 = sha256();
    long size = 0;
    try (InputStream in = Files.newInputStream(file.file());
        PreparedStatement chunk =
            postgres.prepareStatement(
                "INSERT INTO stored_file_chunk (path, seq, bytes) VALUES (?, ?, ?)")) {
      byte[] buffer = new byte[CHUNK];
      for (int seq = 0; ; seq++) {
        int n = in.readNBytes(buffer, 0, CHUNK);
        if (n == 0) {
          break;
        }
        sha256.update(buffer, 0, n);
        size += n;
        chunk.setString(1, file.path());
        chunk.setInt(2, seq);
        chunk.setBytes(3, n == CHUNK ? buffer : Arrays.copyOf(buffer, n));
        chunk.executeUpdate();
      }
    }
    Stored stored = new Stored(file.path(), size, HexFormat.of().formatHex(sha256.digest()));
    try (PreparedStatement row =
        postgres.prepareStatement("UPDATE stored_file SET size = ?, sha256 = ? WHERE path = ?")) {
      row.setLong(1, stored.size());
      row.setString(2, stored.sha256());
      row.setString(3, stored.path());
      row.executeUpdate();
    }
    return stored;
  }

  /** What differs between the file as read and the database's copy of it; empty if nothing. */
  static Optional<String> difference(Connection postgres, Stored file) throws SQLException {
    try (PreparedStatement row =
        postgres.prepareStatement("SELECT size, sha256 FROM stored_file WHERE path = ?")) {
      row.setString(1, file.path());
      try (ResultSet rs = row.executeQuery()) {
        if (!rs.next()) {
          return Optional.of("no stored_file row");
        }
        if (rs.getLong(1) != file.size() || !file.sha256().equals(rs.getString(2))) {
          return Optional.of("stored_file " + rs.getLong(1) + " " + rs.getString(2));
        }
      }
    }
    return chunksDiffer(postgres, file);
  }

  /** The chunks, read a few at a time in order, hashed again. */
  private static Optional<String> chunksDiffer(Connection postgres, Stored file)
      throws SQLException {
    MessageDigest sha256 = sha256();
    long size = 0;
    int expected = 0;
    try (PreparedStatement chunks =
        postgres.prepareStatement(
            "SELECT seq, bytes FROM stored_file_chunk WHERE path = ? ORDER BY seq")) {
      chunks.setFetchSize(4);
      chunks.setString(1, file.path());
      try (ResultSet rs = chunks.executeQuery()) {
        while (rs.next()) {
          byte[] bytes = rs.getBytes(2);
          boolean misplaced = size % CHUNK != 0 || bytes.length == 0 || bytes.length > CHUNK;
          if (rs.getInt(1) != expected++ || misplaced) {
            return Optional.of("chunk " + rs.getInt(1) + " out of place");
          }
          sha256.update(bytes);
          size += bytes.length;
        }
      }
    }
    String digest = HexFormat.of().formatHex(sha256.digest());
    return size == file.size() && digest.equals(file.sha256())
        ? Optional.empty()
        : Optional.of("chunks " + size + " " + digest);
  }

  private static void execute(Connection postgres, String sql, String path) throws SQLException {
    try (PreparedStatement p = postgres.prepareStatement(sql)) {
      p.setString(1, path);
      p.executeUpdate();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
