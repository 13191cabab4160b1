package vn.exemplarbot.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.decision.internal.ResultRows;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;
import vn.exemplarbot.nomination.NominationState;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Numbering;

/**
 * The director's decisions: approving makes one decision per ballot (numbered at once with {@code
 * auto} numbering, a draft for the clerk otherwise; rejecting is {@link Rejecting}); every
 * nomination is checked again here, so a stale confirmation decides nothing twice.
 */
@Service
@Transactional
class Deciding {

  private final DecisionRows rows;
  private final ResultRows results;
  private final DecisionSubjects subjects;
  private final Issuing issuing;
  private final AuditLog audit;
  private final Directory directory;

  Deciding(
      DecisionRows rows,
      ResultRows results,
      DecisionSubjects subjects,
      Issuing issuing,
      AuditLog audit,
      Directory directory) {
    this.rows = rows;
    this.results = results;
    this.subjects = subjects;
    this.issuing = issuing;
    this.audit = audit;
    this.directory = directory;
  }

  /** Why this nomination cannot be decided now, as a message key; empty when it can. */
  Optional<String> refusal(Subject s) {
    if (rows.decided(s.id())
        || s.state() == NominationState.RECOGNISED
        || s.state() == NominationState.NOT_RECOGNISED) {
      return Optional.of("decision.already-decided");
    }
    if (s.state() != NominationState.PASSED || results.resultOf(s.id()).isEmpty()) {
      return Optional.of("decision.not-passed");
    }
    return Optional.empty();
  }

  /** Whether {@code cycle.recognition-due} has passed: a decision then is confirmed twice. */
  boolean late(Instant at) {
    return at.atZone(Zones.LOCAL)
        .toLocalDateTime()
        .isAfter(directory.settings().cycle().recognitionDue());
  }

  /** The ballots the nominations belong to, in order, each with its nominations. */
  Map<Long, List<Long>> byBallot(List<Long> nominationIds) {
    Map<Long, List<Long>> groups = new LinkedHashMap<>();
    for (long id : nominationIds) {
      long ballot = results.resultOf(id).orElseThrow().ballotId();
      groups.computeIfAbsent(ballot, b -> new ArrayList<>()).add(id);
    }
    return groups;
  }

  /** The decisions made, one per ballot; empty when any nomination could no longer be decided. */
  List<DecisionRows.Decision> approve(String director, List<Long> ids, boolean late, Instant at) {
    List<Subject> found = ids.stream().map(subjects::byId).flatMap(Optional::stream).toList();
    if (found.size() != ids.size() || found.stream().anyMatch(s -> refusal(s).isPresent())) {
      return List.of();
    }
    List<DecisionRows.Decision> made = new ArrayList<>();
    for (Map.Entry<Long, List<Long>> ballot : byBallot(ids).entrySet()) {
      long decision = rows.insertDecision(ballot.getKey(), late, director, at);
      List<Long> items = ballot.getValue();
      for (int i = 0; i < items.size(); i++) {
        rows.addItem(decision, items.get(i), i + 1);
        subjects.recognise(items.get(i), at);
      }
      audit.record(director, "decision-made", "decision-" + decision, codes(items) + late(late));
      if (directory.settings().documents().numbering() == Numbering.AUTO) {
        numberAutomatically(decision, at);
      }
      made.add(issuing.issue(decision));
    }
    return made;
  }

  private void numberAutomatically(long decision, Instant at) {
    LocalDate on = at.atZone(Zones.LOCAL).toLocalDate();
    String number =
        (rows.lastNumberIn(on.getYear()) + 1)
            + "/QĐ-"
            + directory.roster().organization().shortName();
    rows.number(decision, number, on);
    audit.record(AuditLog.SYSTEM, "decision-numbered", "decision-" + decision, number + " " + on);
  }

  Optional<Subject> subject(long nominationId) {
    return subjects.byId(nominationId);
  }

  List<Long> itemsOf(long decisionId) {
    return rows.items(decisionId);
  }

  String codes(List<Long> ids) {
    return String.join(
        ", ", ids.stream().map(id -> subjects.byId(id).map(Subject::code).orElse("?")).toList());
  }

  static String late(boolean late) {
    return late ? " (late)" : "";
  }
}
