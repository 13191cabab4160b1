package vn.exemplarbot.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The facts of a decision recognising exemplars (Quyết định công nhận).
 *
 * @param year the cycle's year: {@code Về việc công nhận điển hình tiên tiến năm <year>}
 * @param number the registered number, e.g. {@code 15/QĐ-SNgV}; null for a draft, printed {@code
 *     Số: /QĐ-<short-name>} and marked {@code DỰ THẢO}
 * @param decidedOn the date registered with the number; null for a draft (left blank)
 * @param ballotClosedOn the date of the minutes, for the {@code Căn cứ Biên bản kiểm phiếu …} line
 * @param exemplars in the order of the table in Điều 1
 */
public record RecognitionDecision(
    int year,
    String number,
    LocalDate decidedOn,
    LocalDate ballotClosedOn,
    List<Exemplar> exemplars) {

  public RecognitionDecision {
    Objects.requireNonNull(ballotClosedOn, "ballotClosedOn");
    exemplars = List.copyOf(exemplars);
    if (number != null && number.isBlank()) {
      number = null;
    }
  }

  /** Unnumbered: the clerk has not registered it yet. */
  public boolean draft() {
    return number == null;
  }
}
