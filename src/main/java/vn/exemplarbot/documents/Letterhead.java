package vn.exemplarbot.documents;

import java.time.LocalDate;
import vn.exemplarbot.roster.Organization;

/**
 * The common heading of the decision and the minutes, in two columns: the agency (its parent, its
 * own line in bold, the number line) and the nation (title, motto, place and date).
 *
 * @param parent the parent authority in capitals, or null
 * @param numberLine e.g. {@code Số: 15/QĐ-SNgV}, or null to leave it out
 */
record Letterhead(String parent, String agency, String numberLine, String placeAndDate) {

  static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

  static Letterhead of(Organization organization, String numberLine, LocalDate date) {
    String parent = organization.parent();
    return new Letterhead(
        parent == null || parent.isBlank() ? null : Organization.upperCase(parent.strip()),
        Organization.upperCase(organization.heading().strip()),
        numberLine,
        DocumentDates.placeAndDate(organization.place(), date));
  }
}
