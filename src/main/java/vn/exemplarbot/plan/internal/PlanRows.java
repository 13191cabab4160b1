package vn.exemplarbot.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.exemplarbot.plan.DivisionPlan;

/** SQL of the division_plan table. */
@Repository
public class PlanRows {

  private final JdbcClient jdbc;

  PlanRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every filing of a cycle, oldest first. */
  public List<DivisionPlan> ofCycle(int year) {
    return jdbc.sql("SELECT * FROM division_plan WHERE cycle_year = :y ORDER BY division, version")
        .param("y", year)
        .query(PlanRows::plan)
        .list();
  }

  public int nextVersion(int year, String division) {
    return jdbc.sql(
                "SELECT COALESCE(MAX(version), 0) FROM division_plan"
                    + " WHERE cycle_year = :y AND division = :d")
            .param("y", year)
            .param("d", division)
            .query(Integer.class)
            .single()
        + 1;
  }

  public void insert(DivisionPlan p) {
    jdbc.sql(
            """
            INSERT INTO division_plan (cycle_year, division, version, filed_by, filed_at, late,
              body, file_id, path, file_name, mime_type, size)
            VALUES (:y, :d, :v, :by, :at, :late, :body, :fid, :path, :name, :mime, :size)
            """)
        .param("y", p.cycleYear())
        .param("d", p.division())
        .param("v", p.version())
        .param("by", p.filedBy())
        .param("at", p.filedAt().toEpochMilli())
        .param("late", p.late() ? 1 : 0)
        .param("body", p.body())
        .param("fid", p.fileId())
        .param("path", p.path())
        .param("name", p.fileName())
        .param("mime", p.mimeType())
        .param("size", p.isFile() ? p.size() : null)
        .update();
  }

  private static DivisionPlan plan(ResultSet rs, int n) throws SQLException {
    return new DivisionPlan(
        rs.getLong("id"),
        rs.getInt("cycle_year"),
        rs.getString("division"),
        rs.getInt("version"),
        rs.getString("filed_by"),
        Instant.ofEpochMilli(rs.getLong("filed_at")),
        rs.getInt("late") == 1,
        rs.getString("body"),
        rs.getString("file_id"),
        rs.getString("path"),
        rs.getString("file_name"),
        rs.getString("mime_type"),
        rs.getLong("size"));
  }
}
