package vn.exemplarbot.cycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.BallotFacts;
import vn.exemplarbot.ballot.BallotOverview;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.decision.DecisionOverview;
import vn.exemplarbot.nomination.CycleNominations;
import vn.exemplarbot.plan.PlanStatus;

/**
 * The text of {@code /status}: one message under Telegram's 4,096 characters. A ballot still open
 * shows only its turnout; the council's results appear once it is closed, from the facts recorded
 * then; the director's decisions are counted, never told ahead of their publication.
 */
@Component
class StatusText {

  static final int LIMIT = 4000;

  private final CycleDeadlines deadlines;

  StatusText(CycleDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  String render(Turn turn, Snapshot s) {
    List<String> parts = new ArrayList<>();
    parts.add(turn.text("cycle.status.title", "" + s.year()));
    parts.add(s.current() ? String.join("\n", deadlines.lines(turn)) : turn.text("cycle.past"));
    parts.add(plans(turn, s));
    parts.add(nominations(turn, s));
    parts.add(ballots(turn, s));
    parts.add(decisions(turn, s.decisions()));
    String text = String.join("\n\n", parts);
    return text.length() <= LIMIT ? text : text.substring(0, LIMIT - 1) + "…";
  }

  private static String plans(Turn turn, Snapshot s) {
    List<PlanStatus.Standing> missing = s.missingPlans();
    long late = s.plans().stream().filter(p -> p.filed() && p.late()).count();
    String line =
        turn.text(
            "cycle.status.plans",
            s.plans().size() - missing.size(),
            s.plans().size(),
            late,
            missing.size());
    if (missing.isEmpty()) {
      return line;
    }
    List<String> names = missing.stream().map(PlanStatus.Standing::name).toList();
    return line + "\n" + turn.text("cycle.status.plans.missing", String.join(", ", names));
  }

  private static String nominations(Turn turn, Snapshot s) {
    if (s.nominations().isEmpty()) {
      return turn.text("cycle.status.nominations.none");
    }
    Map<String, List<CycleNominations.Entry>> byDivision = new LinkedHashMap<>();
    s.nominations()
        .forEach(n -> byDivision.computeIfAbsent(n.division(), k -> new ArrayList<>()).add(n));
    StringBuilder text =
        new StringBuilder(turn.text("cycle.status.nominations", s.nominations().size()));
    byDivision.forEach(
        (division, list) ->
            text.append("\n")
                .append(
                    turn.text("cycle.status.division", division, list.size(), states(turn, list))));
    return text.toString();
  }

  /** "Chờ thẩm định 1, Thông qua 2": each state present, in the order of the cycle. */
  static String states(Turn turn, List<CycleNominations.Entry> list) {
    List<String> counts = new ArrayList<>();
    for (String key : States.KEYS) {
      long n = States.count(list, key);
      if (n > 0) {
        counts.add(turn.text("cycle.state." + key) + " " + n);
      }
    }
    return String.join(", ", counts);
  }

  private static String ballots(Turn turn, Snapshot s) {
    if (s.ballots().isEmpty()) {
      return turn.text("cycle.status.ballot.none");
    }
    return String.join("\n", s.ballots().stream().map(b -> ballot(turn, s, b)).toList());
  }

  private static String ballot(Turn turn, Snapshot s, BallotOverview.Summary b) {
    if (b.state() == BallotOverview.State.OPEN) {
      return turn.text(
          "cycle.status.ballot.open",
          b.id(),
          CycleDates.moment(b.closesAt()),
          b.voted(),
          b.members());
    }
    BallotFacts facts = s.facts().get(b.id());
    if (b.state() == BallotOverview.State.VOIDED || facts == null) {
      return turn.text("cycle.status.ballot.voided", b.id(), CycleDates.moment(b.closedAt()));
    }
    return turn.text(
        "cycle.status.ballot.closed",
        b.id(),
        CycleDates.moment(b.closedAt()),
        facts.voted(),
        facts.members().size(),
        results(facts, BallotFacts.Result.PASSED),
        results(facts, BallotFacts.Result.FAILED),
        results(facts, BallotFacts.Result.NO_QUORUM),
        turn.text(s.published(b.id()) ? "cycle.published" : "cycle.unpublished"));
  }

  static long results(BallotFacts facts, BallotFacts.Result result) {
    return facts.lines().stream().filter(l -> l.result() == result).count();
  }

  private static String decisions(Turn turn, DecisionOverview.Year d) {
    long numbered = d.decisions().stream().filter(x -> !x.draft()).count();
    long late =
        d.decisions().stream().filter(DecisionOverview.Decision::late).count()
            + d.rejections().stream().filter(DecisionOverview.Rejection::late).count();
    long revoked = d.decisions().stream().mapToLong(x -> x.revoked().size()).sum();
    return turn.text(
        "cycle.status.decisions",
        d.decisions().size(),
        numbered,
        d.decisions().size() - numbered,
        d.rejections().size(),
        d.awaiting().size(),
        late,
        revoked);
  }
}
