package vn.exemplarbot.roster;

import java.util.Locale;
import java.util.Objects;

/**
 * The agency itself, as printed in document headings.
 *
 * @param heading the agency line in headings; defaults to the name in capitals
 */
public record Organization(
    String name, String shortName, String parent, String place, String heading) {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  public Organization {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    if (heading == null || heading.isBlank()) {
      heading = upperCase(name);
    }
  }

  /** Vietnamese-aware upper case: "Sở Ngoại vụ" becomes "SỞ NGOẠI VỤ". */
  public static String upperCase(String text) {
    return text.toUpperCase(VIETNAMESE);
  }
}
