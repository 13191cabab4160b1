package vn.exemplarbot.nomination.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.exemplarbot.nomination.CriterionAnswer;
import vn.exemplarbot.nomination.DossierFile;

/** SQL of a dossier's criterion answers and files. */
@Repository
public class DossierRows {

  private final JdbcClient jdbc;

  DossierRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void saveAnswer(long nominationId, CriterionAnswer answer) {
    jdbc.sql(
            """
            INSERT INTO nomination_answer (nomination_id, criterion_index, criterion, met, answer)
            VALUES (:n, :i, :c, :m, :a)
            ON CONFLICT (nomination_id, criterion_index) DO UPDATE
                SET criterion = :c, met = :m, answer = :a
            """)
        .param("n", nominationId)
        .param("i", answer.index())
        .param("c", answer.criterion())
        .param("m", answer.met() ? 1 : 0)
        .param("a", answer.text())
        .update();
  }

  public List<CriterionAnswer> answers(long nominationId) {
    return jdbc.sql(
            "SELECT criterion_index, criterion, met, answer FROM nomination_answer"
                + " WHERE nomination_id = :n ORDER BY criterion_index")
        .param("n", nominationId)
        .query(
            (rs, row) ->
                new CriterionAnswer(
                    rs.getInt(1), rs.getString(2), rs.getInt(3) == 1, rs.getString(4)))
        .list();
  }

  public long addFile(long nominationId, DossierFile file, Instant at) {
    return jdbc.sql(
            """
            INSERT INTO nomination_file
                (nomination_id, file_id, path, file_name, mime_type, size, photo, added_at)
            VALUES (:n, :f, :p, :name, :mime, :size, :photo, :at)
            RETURNING id
            """)
        .param("n", nominationId)
        .param("f", file.fileId())
        .param("p", file.path())
        .param("name", file.fileName())
        .param("mime", file.mimeType())
        .param("size", file.size())
        .param("photo", file.photo() ? 1 : 0)
        .param("at", at.toEpochMilli())
        .query(Long.class)
        .single();
  }

  public List<DossierFile> files(long nominationId) {
    return jdbc.sql(
            "SELECT id, file_id, path, file_name, mime_type, size, photo FROM nomination_file"
                + " WHERE nomination_id = :n ORDER BY id")
        .param("n", nominationId)
        .query(DossierRows::mapFile)
        .list();
  }

  public int fileCount(long nominationId) {
    return jdbc.sql("SELECT count(*) FROM nomination_file WHERE nomination_id = :n")
        .param("n", nominationId)
        .query(Integer.class)
        .single();
  }

  private static DossierFile mapFile(ResultSet rs, int row) throws SQLException {
    return new DossierFile(
        rs.getLong("id"),
        rs.getString("file_id"),
        rs.getString("path"),
        rs.getString("file_name"),
        rs.getString("mime_type"),
        rs.getLong("size"),
        rs.getInt("photo") == 1);
  }
}
