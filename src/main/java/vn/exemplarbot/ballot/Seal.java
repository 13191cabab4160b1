package vn.exemplarbot.ballot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The seal of a box ({@code documents.md}): the lowercase hex SHA-256 of the UTF-8 text made of one
 * line {@code code;receipt;choice\n} per filled box row, the lines sorted as text.
 */
final class Seal {

  private Seal() {}

  /** A filled box row as the seal reads it. */
  record Entry(String code, String receipt, String choice) {
    String line() {
      return code + ";" + receipt + ";" + choice + "\n";
    }
  }

  static String of(List<Entry> filled) {
    StringBuilder text = new StringBuilder();
    filled.stream().map(Entry::line).sorted().forEach(text::append);
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
