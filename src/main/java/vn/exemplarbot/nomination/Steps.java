package vn.exemplarbot.nomination;

/**
 * Where {@code Quay lại} and a finished step lead. A step reached from the summary's {@code Sửa}
 * goes back to the summary, except that a new kind or division still needs its nominee.
 */
final class Steps {

  private Steps() {}

  static Draft forward(Draft d, Kind kind, int criteria) {
    Step step = d.step();
    if (step == Step.KIND) {
      return d.at(Step.DIVISION);
    }
    if (step == Step.DIVISION && kind == Kind.INDIVIDUAL) {
      return d.at(Step.PERSON);
    }
    if (d.editing() || step == Step.NEW_FACTOR) {
      return d.at(Step.SUMMARY).editing(false);
    }
    if (step == Step.CRITERIA && d.criterion() + 1 < criteria) {
      return d.atCriterion(d.criterion() + 1);
    }
    if (step == Step.ACHIEVEMENTS && criteria > 0) {
      return d.atCriterion(0);
    }
    return d.at(after(step));
  }

  static Draft back(Draft d, Kind kind, int criteria) {
    Step step = d.step();
    if (step == Step.PERSON) {
      return d.at(Step.DIVISION);
    }
    if (d.editing() || step == Step.EDIT) {
      return d.at(Step.SUMMARY).editing(false);
    }
    if (step == Step.CRITERIA && d.criterion() > 0) {
      return d.atCriterion(d.criterion() - 1);
    }
    if (step == Step.FILES && criteria > 0) {
      return d.atCriterion(criteria - 1);
    }
    if (step == Step.MOVEMENT && kind == Kind.COLLECTIVE) {
      return d.at(Step.DIVISION);
    }
    return step == Step.KIND ? d : d.at(before(step));
  }

  /** Where a resumed draft picks up: its first unanswered step, or the summary. */
  static Draft resume(Nomination n, java.util.Set<Integer> answered, int criteria, int seq) {
    Draft start = Draft.start(n.id(), seq).browsing(n.nomineeDivision());
    if (n.kind() == null) {
      return start;
    }
    if (!n.nomineeChosen()) {
      return start.at(Step.DIVISION);
    }
    if (n.movement() == null) {
      return start.at(Step.MOVEMENT);
    }
    if (n.achievements() == null) {
      return start.at(Step.ACHIEVEMENTS);
    }
    for (int i = 0; i < criteria; i++) {
      if (!answered.contains(i)) {
        return start.atCriterion(i);
      }
    }
    return start.at(n.newFactor() == null ? Step.FILES : Step.SUMMARY);
  }

  private static Step after(Step step) {
    switch (step) {
      case DIVISION:
      case PERSON:
        return Step.MOVEMENT;
      case MOVEMENT:
        return Step.ACHIEVEMENTS;
      case ACHIEVEMENTS:
      case CRITERIA:
        return Step.FILES;
      case FILES:
        return Step.NEW_FACTOR;
      default:
        return Step.SUMMARY;
    }
  }

  private static Step before(Step step) {
    switch (step) {
      case DIVISION:
        return Step.KIND;
      case MOVEMENT:
        return Step.PERSON;
      case ACHIEVEMENTS:
        return Step.MOVEMENT;
      case CRITERIA:
        return Step.ACHIEVEMENTS;
      case FILES:
        return Step.ACHIEVEMENTS;
      case NEW_FACTOR:
        return Step.FILES;
      default:
        return Step.NEW_FACTOR;
    }
  }
}
