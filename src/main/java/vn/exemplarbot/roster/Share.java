package vn.exemplarbot.roster;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share such as a quorum or a pass threshold, kept as an exact reduced fraction.
 *
 * @param strict {@code >} when true, {@code >=} (or {@code ≥}) when false
 * @param text the text as written in settings
 */
public record Share(boolean strict, long numerator, long denominator, String text) {

  private static final Pattern FORM =
      Pattern.compile(
          "(>=|≥|>)\\s*(?:(\\d{1,3}(?:\\.\\d{1,4})?)\\s*%|(\\d{1,9})\\s*/\\s*(\\d{1,9}))");

  public Share {
    if (denominator <= 0 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("a share lies between 0 and 1: " + text);
    }
    long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValue();
    numerator /= gcd;
    denominator /= gcd;
  }

  /**
   * Whether {@code count} out of {@code base} meets this share, compared exactly ({@code count * d}
   * against {@code n * base}). A base of zero meets nothing.
   */
  public boolean isMetBy(long count, long base) {
    if (base <= 0) {
      return false;
    }
    int cmp =
        BigInteger.valueOf(count)
            .multiply(BigInteger.valueOf(denominator))
            .compareTo(BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(base)));
    return strict ? cmp > 0 : cmp >= 0;
  }

  /** Why a text is not a share, or the share it is. */
  public sealed interface Parsed {
    record Valid(Share share) implements Parsed {}

    record Malformed() implements Parsed {}

    record OutOfRange() implements Parsed {}
  }

  /** Parses {@code ">= 2/3"}, {@code "> 50%"}, {@code "≥ 70 %"}, {@code "> 50.5%"}. */
  public static Parsed parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    Matcher m = FORM.matcher(trimmed);
    if (!m.matches()) {
      return new Parsed.Malformed();
    }
    boolean strict = m.group(1).equals(">");
    BigInteger n;
    BigInteger d;
    if (m.group(2) != null) {
      BigDecimal percent = new BigDecimal(m.group(2));
      n = percent.unscaledValue();
      d = BigInteger.TEN.pow(percent.scale()).multiply(BigInteger.valueOf(100));
    } else {
      n = new BigInteger(m.group(3));
      d = new BigInteger(m.group(4));
    }
    if (d.signum() == 0 || n.compareTo(d) > 0) {
      return new Parsed.OutOfRange();
    }
    return new Parsed.Valid(new Share(strict, n.longValueExact(), d.longValueExact(), trimmed));
  }

  /** Parses a text known to be valid (defaults, tests). */
  public static Share of(String text) {
    if (parse(text) instanceof Parsed.Valid valid) {
      return valid.share();
    }
    throw new IllegalArgumentException("not a share: " + text);
  }

  @Override
  public String toString() {
    return text;
  }
}
