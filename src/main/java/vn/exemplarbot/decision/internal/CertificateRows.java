package vn.exemplarbot.decision.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the certificates issued: register number, version, current file, revoked. */
@Repository
public class CertificateRows {

  private final JdbcClient jdbc;

  CertificateRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A certificate as stored; {@code registerNo} counts from 1 in {@code registerYear}. */
  public record Issued(
      long nominationId,
      long decisionId,
      int registerYear,
      int registerNo,
      int version,
      String pdfPath,
      boolean revoked) {}

  public Optional<Issued> of(long nominationId) {
    return jdbc.sql(
            "SELECT nomination_id, decision_id, register_year, register_no, version, pdf_path,"
                + " revoked FROM certificate WHERE nomination_id = :n")
        .param("n", nominationId)
        .query(
            (rs, i) ->
                new Issued(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getString(6),
                    rs.getInt(7) == 1))
        .optional();
  }

  /**
   * The next register number of a year: one more than the highest given (or found in data moved
   * aside by a restore, {@code number_floor}), 1 for the first.
   */
  public int nextRegisterNo(int year) {
    return jdbc.sql(
                "SELECT COALESCE(MAX(v), 0) FROM (SELECT MAX(register_no) AS v FROM certificate"
                    + " WHERE register_year = :y UNION ALL SELECT MAX(floor) FROM number_floor"
                    + " WHERE kind = 'certificate-register' AND year = :y) t")
            .param("y", year)
            .query(Integer.class)
            .single()
        + 1;
  }

  public void insert(Issued c, Instant at) {
    jdbc.sql(
            "INSERT INTO certificate (nomination_id, decision_id, register_year, register_no,"
                + " version, pdf_path, issued_at, revoked) VALUES (:n, :d, :y, :r, :v, :p, :at, 0)")
        .param("n", c.nominationId())
        .param("d", c.decisionId())
        .param("y", c.registerYear())
        .param("r", c.registerNo())
        .param("v", c.version())
        .param("p", c.pdfPath())
        .param("at", at.toEpochMilli())
        .update();
  }

  /** Its file and version now (issued again, or marked revoked). */
  public void update(Issued c, Instant at) {
    jdbc.sql(
            "UPDATE certificate SET version = :v, pdf_path = :p, issued_at = :at, revoked = :x"
                + " WHERE nomination_id = :n")
        .param("v", c.version())
        .param("p", c.pdfPath())
        .param("at", at.toEpochMilli())
        .param("x", c.revoked() ? 1 : 0)
        .param("n", c.nominationId())
        .update();
  }
}
