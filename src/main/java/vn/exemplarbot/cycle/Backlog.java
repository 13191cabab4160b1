package vn.exemplarbot.cycle;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.nomination.CycleNominations;
import vn.exemplarbot.nomination.NominationState;

/**
 * The lists behind the numbers of {@code /status}, one button each: what still waits for someone.
 * The argument names the list in the button data.
 */
enum Backlog {
  PLANS("plans") {
    @Override
    List<String> lines(Turn turn, Snapshot s) {
      return s.missingPlans().stream().map(p -> turn.text("cycle.list.plan", p.name())).toList();
    }
  },
  ENDORSE("endorse") {
    @Override
    List<String> lines(Turn turn, Snapshot s) {
      return s.inState(NominationState.SUBMITTED).stream().map(n -> line(turn, n)).toList();
    }
  },
  APPRAISE("appraise") {
    @Override
    List<String> lines(Turn turn, Snapshot s) {
      return s.inState(NominationState.ENDORSED).stream().map(n -> line(turn, n)).toList();
    }
  },
  DECIDE("decide") {
    @Override
    List<String> lines(Turn turn, Snapshot s) {
      return s.decisions().awaiting().stream()
          .map(
              a ->
                  s.nomination(a.code())
                      .map(
                          n ->
                              turn.text("cycle.list.awaiting", a.code(), n.nominee(), a.ballotId()))
                      .orElse(a.code()))
          .toList();
    }
  },
  NUMBER("number") {
    @Override
    List<String> lines(Turn turn, Snapshot s) {
      return s.drafts().stream()
          .map(
              d ->
                  turn.text(
                      "cycle.list.draft",
                      CycleDates.moment(d.madeAt()),
                      String.join(", ", d.codes()),
                      d.ballotId()))
          .toList();
    }
  };

  final String arg;

  Backlog(String arg) {
    this.arg = arg;
  }

  abstract List<String> lines(Turn turn, Snapshot s);

  String buttonKey() {
    return "cycle.list." + arg + ".button";
  }

  String titleKey() {
    return "cycle.list." + arg + ".title";
  }

  static Optional<Backlog> of(String arg) {
    return Arrays.stream(values()).filter(b -> b.arg.equals(arg)).findFirst();
  }

  private static String line(Turn turn, CycleNominations.Entry n) {
    return turn.text("cycle.list.nomination", n.code(), n.nominee(), n.division());
  }
}
