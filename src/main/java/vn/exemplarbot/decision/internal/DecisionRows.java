package vn.exemplarbot.decision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the decisions: their items, numbers, files and signed scans. */
@Repository
public class DecisionRows {

  private final JdbcClient jdbc;

  DecisionRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A decision as stored; {@code number} and {@code decidedOn} null while a draft. */
  public record Decision(
      long id,
      long ballotId,
      String number,
      LocalDate decidedOn,
      boolean late,
      String madeBy,
      String pdfPath,
      String docxPath,
      String signedPath,
      String signedName) {

    public boolean draft() {
      return number == null;
    }

    public boolean signed() {
      return signedPath != null;
    }
  }

  /** Whether the director decided it already (recognised in a decision, or rejected). */
  public boolean decided(long nominationId) {
    return jdbc.sql(
                "SELECT (SELECT COUNT(*) FROM decision_item WHERE nomination_id = :n)"
                    + " + (SELECT COUNT(*) FROM rejection WHERE nomination_id = :n)")
            .param("n", nominationId)
            .query(Integer.class)
            .single()
        > 0;
  }

  public long insertDecision(long ballotId, boolean late, String by, Instant at) {
    return jdbc.sql(
            "INSERT INTO decision (ballot_id, state, late, made_by, made_at)"
                + " VALUES (:b, 'draft', :l, :by, :at) RETURNING id")
        .param("b", ballotId)
        .param("l", late ? 1 : 0)
        .param("by", by)
        .param("at", at.toEpochMilli())
        .query(Long.class)
        .single();
  }

  public void addItem(long decisionId, long nominationId, int position) {
    jdbc.sql("INSERT INTO decision_item (decision_id, nomination_id, position) VALUES (:d, :n, :p)")
        .param("d", decisionId)
        .param("n", nominationId)
        .param("p", position)
        .update();
  }

  public List<Long> items(long decisionId) {
    return jdbc.sql(
            "SELECT nomination_id FROM decision_item WHERE decision_id = :d ORDER BY position")
        .param("d", decisionId)
        .query(Long.class)
        .list();
  }

  public Optional<Decision> decisionOf(long nominationId) {
    return jdbc.sql(
            "SELECT d.id, d.ballot_id, d.number, d.decided_on, d.late, d.made_by, d.pdf_path,"
                + " d.docx_path, d.signed_path, d.signed_name FROM decision d JOIN decision_item i ON i.decision_id = d.id"
                + " WHERE i.nomination_id = :n")
        .param("n", nominationId)
        .query(
            (rs, i) ->
                new Decision(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4)),
                    rs.getInt(5) == 1,
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10)))
        .optional();
  }

  public Optional<Decision> decision(long id) {
    return items(id).stream().findFirst().flatMap(this::decisionOf);
  }

  /** Numbers it; false when it was numbered already. */
  public boolean number(long id, String number, LocalDate on) {
    return jdbc.sql(
                "UPDATE decision SET number = :n, decided_on = :d, number_year = :y,"
                    + " state = 'numbered' WHERE id = :id AND number IS NULL")
            .param("n", number)
            .param("d", on.toString())
            .param("y", on.getYear())
            .param("id", id)
            .update()
        == 1;
  }

  public boolean numberUsed(String number, int year) {
    return jdbc.sql("SELECT COUNT(*) FROM decision WHERE number_year = :y AND number = :n")
            .param("y", year)
            .param("n", number)
            .query(Integer.class)
            .single()
        > 0;
  }

  /**
   * The highest number of a calendar year ({@code 15} of {@code 15/QĐ-SNgV}: its leading digits,
   * read here so that both databases read them alike), 0 for none: auto numbering counts on from
   * it. After a restore of older data, the highest found in the data moved aside counts too ({@code
   * number_floor}).
   */
  public int lastNumberIn(int year) {
    int highest =
        jdbc
            .sql("SELECT number FROM decision WHERE number_year = :y AND number IS NOT NULL")
            .param("y", year)
            .query(String.class)
            .list()
            .stream()
            .mapToInt(DecisionRows::leadingNumber)
            .max()
            .orElse(0);
    int floor =
        jdbc.sql(
                "SELECT COALESCE(MAX(floor), 0) FROM number_floor"
                    + " WHERE kind = 'decision-number' AND year = :y")
            .param("y", year)
            .query(Integer.class)
            .single();
    return Math.max(highest, floor);
  }

  /** {@code 15} of {@code 15/QĐ-SNgV}; 0 when it does not start with digits. */
  static int leadingNumber(String number) {
    int end = 0;
    while (end < number.length() && end < 9 && Character.isDigit(number.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Integer.parseInt(number.substring(0, end));
  }

  public void files(long id, String pdfPath, String docxPath) {
    jdbc.sql("UPDATE decision SET pdf_path = :p, docx_path = :d WHERE id = :id")
        .param("p", pdfPath)
        .param("d", docxPath)
        .param("id", id)
        .update();
  }

  /** Decisions of a ballot still awaiting their number. */
  public int draftsOf(long ballotId) {
    return jdbc.sql("SELECT COUNT(*) FROM decision WHERE ballot_id = :b AND number IS NULL")
        .param("b", ballotId)
        .query(Integer.class)
        .single();
  }

  /** Keeps the signed scan: from now on the copy sent and kept. */
  public void signed(long id, String path, String fileName) {
    jdbc.sql("UPDATE decision SET signed_path = :p, signed_name = :f WHERE id = :id")
        .param("p", path)
        .param("f", fileName)
        .param("id", id)
        .update();
  }
}
