package vn.exemplarbot.move;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A table's row count and checksum, computed the same way in Java on both databases: each row's
 * values rendered canonically (the kind, then the value: integers in decimal whatever their width,
 * text as UTF-8, bytes as they are, each with its length) and hashed with SHA-256; the checksum is
 * the sum of the rows' hashes modulo 2^256. A sum, so neither database's row order or collation
 * matters, and a table without a primary key is summed like any other.
 */
final class RowSum {

  private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

  private final MessageDigest sha256;
  private long rows;
  private BigInteger sum = BigInteger.ZERO;

  RowSum() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds the current row of {@code rs}, whose first {@code columns} columns are the values. */
  void add(ResultSet rs, int columns) throws SQLException {
    for (int i = 1; i <= columns; i++) {
      render(rs.getObject(i));
    }
    sum = sum.add(new BigInteger(1, sha256.digest())).mod(MODULUS);
    rows++;
  }

  private void render(Object value) {
    if (value == null) {
      sha256.update((byte) 'N');
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof BigInteger) {
      tagged('I', value.toString().getBytes(StandardCharsets.US_ASCII));
    } else if (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
      tagged('I', d.toBigIntegerExact().toString().getBytes(StandardCharsets.US_ASCII));
    } else if (value instanceof String s) {
      tagged('T', s.getBytes(StandardCharsets.UTF_8));
    } else if (value instanceof byte[] b) {
      tagged('B', b);
    } else {
      String kind = value.getClass().getSimpleName();
      tagged('O', (kind + ":" + value).getBytes(StandardCharsets.UTF_8));
    }
  }

  private void tagged(char kind, byte[] bytes) {
    sha256.update((byte) kind);
    sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
    sha256.update(bytes);
  }

  long rows() {
    return rows;
  }

  /** The checksum, in lower-case hexadecimal (64 characters). */
  String checksum() {
    return String.format("%064x", sum);
  }
}
