package vn.exemplarbot.nomination;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Typed answers compared as people mean them: ignoring case and where the tone mark sits ({@code
 * Hủy} = {@code Huỷ} = {@code hủy}), but not ignoring which tone it is.
 */
final class Typed {

  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  private Typed() {}

  static boolean same(String typed, String label) {
    return typed != null && key(typed).equals(key(label));
  }

  /** The letters without tone marks, followed by the tone marks in a fixed order. */
  static String key(String text) {
    String decomposed =
        Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder letters = new StringBuilder();
    StringBuilder tones = new StringBuilder();
    decomposed
        .codePoints()
        .forEach(c -> (TONES.indexOf(c) >= 0 ? tones : letters).appendCodePoint(c));
    char[] sorted = tones.toString().toCharArray();
    java.util.Arrays.sort(sorted);
    return Normalizer.normalize(letters, Normalizer.Form.NFC) + "|" + new String(sorted);
  }

  /** True when the text says something: a letter or a digit, not only emoji or punctuation. */
  static boolean meaningful(String text) {
    return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
