package vn.exemplarbot.ballot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The seal of a box ({@code documents.md}): the lowercase hex SHA-256 of the UTF-8 text made of one
 * line {@code code;receipt;choice;salt\n} per filled box row, the lines sorted by code then
 * receipt. The salt, random per row and kept only in the box, is what keeps the minutes from giving
 * the choices away: without it, trying each assignment of choices to the published receipts that
 * matches the published counts finds the one whose hash is the seal. Ballots opened before salts
 * keep their seal: lines {@code code;receipt;choice\n} sorted as text.
 */
final class Seal {

  private Seal() {}

  /** A filled box row as the seal reads it; {@code salt} null in an unsalted ballot. */
  record Entry(String code, String receipt, String choice, String salt) {
    String line(int scheme) {
      String line = code + ";" + receipt + ";" + choice;
      return (scheme == Ballot.UNSALTED_SEAL ? line : line + ";" + salt) + "\n";
    }
  }

  static String of(List<Entry> filled, int scheme) {
    StringBuilder text = new StringBuilder();
    if (scheme == Ballot.UNSALTED_SEAL) {
      filled.stream().map(e -> e.line(scheme)).sorted().forEach(text::append);
    } else {
      filled.stream()
          .sorted(Comparator.comparing(Entry::code).thenComparing(Entry::receipt))
          .map(e -> e.line(scheme))
          .forEach(text::append);
    }
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
