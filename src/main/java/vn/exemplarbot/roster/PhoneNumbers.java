package vn.exemplarbot.roster;

/**
 * Phone numbers in one form, so that a roster entry and a contact shared in Telegram compare equal.
 */
public final class PhoneNumbers {

  private static final String VIETNAM = "84";

  private PhoneNumbers() {}

  /**
   * "+84912345678", "84912345678", "0912345678", "+84 912 345 678" and "091-234-5678" all become
   * "+84912345678"; other country codes are kept as {@code +<digits>}. Null or a text without
   * digits gives null.
   */
  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String trimmed = raw.strip();
    String digits = trimmed.replaceAll("\\D", "");
    if (digits.isEmpty()) {
      return null;
    }
    if (trimmed.startsWith("+")) {
      return "+" + digits;
    }
    if (digits.startsWith("00")) {
      return "+" + digits.substring(2);
    }
    if (digits.startsWith("0")) {
      return "+" + VIETNAM + digits.substring(1);
    }
    if (digits.startsWith(VIETNAM) && digits.length() >= 11) {
      return "+" + digits;
    }
    if (digits.length() == 9) {
      return "+" + VIETNAM + digits;
    }
    return "+" + digits;
  }

  /** Whether a normalized number has a plausible length (E.164: up to 15 digits). */
  public static boolean isPlausible(String normalized) {
    return normalized != null && normalized.matches("\\+\\d{8,15}");
  }
}
