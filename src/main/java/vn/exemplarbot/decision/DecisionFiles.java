package vn.exemplarbot.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.BallotMinutes;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.documents.Documents;
import vn.exemplarbot.documents.Exemplar;
import vn.exemplarbot.documents.Issuer;
import vn.exemplarbot.documents.RecognitionDecision;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.storage.DataFiles;

/**
 * The decision as a PDF and a {@code .docx}, made from what is stored now (a draft while
 * unnumbered) and kept in {@code <data>/decisions/<id>/}; a numbered copy replaces the draft's
 * files under new names, so a draft sent earlier is never confused with the final one. On
 * PostgreSQL each file is kept in the database too ({@link DataFiles}).
 */
@Component
class DecisionFiles {

  private final Directory directory;
  private final BallotMinutes minutes;
  private final DecisionSubjects subjects;
  private final DecisionRows rows;
  private final DataFiles files;

  DecisionFiles(
      Directory directory,
      BallotMinutes minutes,
      DecisionSubjects subjects,
      DecisionRows rows,
      DataFiles files) {
    this.directory = directory;
    this.minutes = minutes;
    this.subjects = subjects;
    this.rows = rows;
    this.files = files;
  }

  /** Renders and keeps the decision's files; returns it as stored with their paths. */
  DecisionRows.Decision make(long decisionId) {
    DecisionRows.Decision d = rows.decision(decisionId).orElseThrow();
    Issuer issuer = Issuer.of(directory.config());
    RecognitionDecision facts = facts(d);
    String base = "decisions/" + d.id() + "/quyet-dinh-" + d.id() + (d.draft() ? "-du-thao" : "");
    write(base + ".pdf", Documents.decisionPdf(issuer, facts));
    write(base + ".docx", Documents.decisionDocx(issuer, facts));
    rows.files(d.id(), base + ".pdf", base + ".docx");
    return rows.decision(decisionId).orElseThrow();
  }

  private RecognitionDecision facts(DecisionRows.Decision d) {
    var ballot = minutes.facts(d.ballotId()).orElseThrow();
    LocalDate closedOn = ballot.closedAt().atZone(Zones.LOCAL).toLocalDate();
    List<Exemplar> exemplars =
        rows.items(d.id()).stream().map(id -> exemplar(subjects.byId(id).orElseThrow())).toList();
    return new RecognitionDecision(ballot.year(), d.number(), d.decidedOn(), closedOn, exemplars);
  }

  static Exemplar exemplar(Subject s) {
    return s.collective()
        ? Exemplar.collective(s.name(), s.division(), s.achievements())
        : Exemplar.person(s.honorific(), s.name(), s.position(), s.division(), s.achievements());
  }

  private void write(String relative, byte[] bytes) {
    write(files, relative, bytes, "decision");
  }

  /** Writes a generated document into the data folder and keeps it. */
  static void write(DataFiles files, String relative, byte[] bytes, String what) {
    Path file = files.path(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the " + what + " at " + file, e);
    }
    files.keep(file);
  }
}
