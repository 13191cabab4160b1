package vn.exemplarbot.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts of one exemplar's certificate (Giấy công nhận). Issued only for a numbered decision.
 *
 * @param movement the movement's name as in settings; {@code năm <year>} is added unless it already
 *     ends with the year
 * @param decisionNumber e.g. {@code 15/QĐ-SNgV}
 * @param decisionDate the decision's date, also the certificate's
 * @param registerNumber the {@code Số sổ} printed bottom left, or null
 * @param revoked marks the certificate {@code ĐÃ THU HỒI} (after {@code /revoke})
 */
public record Certificate(
    Exemplar exemplar,
    String movement,
    int year,
    String decisionNumber,
    LocalDate decisionDate,
    String registerNumber,
    boolean revoked) {

  public Certificate {
    Objects.requireNonNull(exemplar, "exemplar");
    Objects.requireNonNull(movement, "movement");
    if (decisionNumber == null || decisionNumber.isBlank() || decisionDate == null) {
      throw new IllegalArgumentException("a certificate needs its decision's number and date");
    }
  }

  /** The same certificate, marked revoked. */
  public Certificate asRevoked() {
    return new Certificate(
        exemplar, movement, year, decisionNumber, decisionDate, registerNumber, true);
  }
}
