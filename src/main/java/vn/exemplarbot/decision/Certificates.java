package vn.exemplarbot.decision;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.exemplarbot.decision.internal.CertificateRows;
import vn.exemplarbot.decision.internal.CertificateRows.Issued;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.documents.Certificate;
import vn.exemplarbot.documents.Documents;
import vn.exemplarbot.documents.Issuer;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.storage.DataFiles;

/**
 * An exemplar's certificate (Giấy công nhận) file, kept in {@code <data>/decisions/<id>/}: first
 * issued at publication with the next register number (Số sổ) of its date's year; issued again
 * ({@code /reissue}) from the roster as it is now, as version 2, 3… beside the earlier files, with
 * the same register number; after {@code /revoke}, the current version again, marked {@code ĐÃ THU
 * HỒI}, beside the one that was sent. On PostgreSQL each file is kept in the database too ({@link
 * DataFiles}).
 */
@Component
class Certificates {

  private final CertificateRows rows;
  private final Directory directory;
  private final Clock clock;
  private final DataFiles files;

  Certificates(CertificateRows rows, Directory directory, Clock clock, DataFiles files) {
    this.rows = rows;
    this.directory = directory;
    this.clock = clock;
    this.files = files;
  }

  /** Issues it for the first time (or returns it as issued, if it was); returns it. */
  Issued first(Subject s, DecisionRows.Decision d) {
    if (rows.of(s.id()).isPresent()) {
      return rows.of(s.id()).get();
    }
    int year = d.decidedOn().getYear();
    Issued c =
        new Issued(s.id(), d.id(), year, rows.nextRegisterNo(year), 1, path(s, d, 1, ""), false);
    render(s, d, c);
    rows.insert(c, clock.instant());
    return c;
  }

  /** Issues it again from the roster as it is now, as the next version; returns it. */
  Issued again(Subject s, DecisionRows.Decision d) {
    Issued was = rows.of(s.id()).orElseGet(() -> first(s, d));
    int version = was.version() + 1;
    Issued c = withFile(was, version, path(s, d, version, ""), false);
    render(s, d, c);
    rows.update(c, clock.instant());
    return c;
  }

  /** Marks the current version {@code ĐÃ THU HỒI} in a file of its own; returns it. */
  Issued revoked(Subject s, DecisionRows.Decision d) {
    Issued was = rows.of(s.id()).orElseGet(() -> first(s, d));
    Issued c = withFile(was, was.version(), path(s, d, was.version(), "-da-thu-hoi"), true);
    render(s, d, c);
    rows.update(c, clock.instant());
    return c;
  }

  /** The name it is sent under: {@code Giay-cong-nhan-N-3.pdf}, {@code …-N-3-v2.pdf}. */
  static String fileName(Subject s, Issued c) {
    return "Giay-cong-nhan-" + s.code() + (c.version() > 1 ? "-v" + c.version() : "") + ".pdf";
  }

  private static Issued withFile(Issued c, int version, String path, boolean revoked) {
    return new Issued(
        c.nominationId(), c.decisionId(), c.registerYear(), c.registerNo(), version, path, revoked);
  }

  private static String path(Subject s, DecisionRows.Decision d, int version, String suffix) {
    String v = version > 1 ? "-v" + version : "";
    return "decisions/" + d.id() + "/giay-cong-nhan-" + s.code() + v + suffix + ".pdf";
  }

  private void render(Subject s, DecisionRows.Decision d, Issued c) {
    Certificate certificate =
        new Certificate(
            DecisionFiles.exemplar(s),
            s.movement(),
            s.cycleYear(),
            d.number(),
            d.decidedOn(),
            String.valueOf(c.registerNo()),
            c.revoked());
    byte[] pdf = Documents.certificatePdf(Issuer.of(directory.config()), certificate);
    DecisionFiles.write(files, c.pdfPath(), pdf, "certificate");
  }
}
