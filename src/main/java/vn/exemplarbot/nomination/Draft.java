package vn.exemplarbot.nomination;

/**
 * The flow state of {@code /nominate}, kept by {@code Flows} beside the draft row: which draft,
 * which step (with its page, criterion and whether a line of evidence is awaited), whether the step
 * was reached from the summary's {@code Sửa}, the division being browsed, and a sequence number
 * that every button carries so that a button of an older message is refused as stale.
 */
record Draft(
    long nominationId,
    Step step,
    int page,
    int criterion,
    boolean evidence,
    boolean editing,
    int seq,
    String division) {

  static Draft start(long nominationId, int seq) {
    return new Draft(nominationId, Step.KIND, 0, 0, false, false, seq, null);
  }

  Draft at(Step next) {
    return new Draft(nominationId, next, 0, criterion, false, editing, seq, division);
  }

  Draft atCriterion(int index) {
    return new Draft(nominationId, Step.CRITERIA, 0, index, false, editing, seq, division);
  }

  Draft page(int number) {
    return new Draft(nominationId, step, number, criterion, evidence, editing, seq, division);
  }

  Draft awaitingEvidence(boolean awaiting) {
    return new Draft(nominationId, step, page, criterion, awaiting, editing, seq, division);
  }

  Draft editing(boolean on) {
    return new Draft(nominationId, step, page, criterion, evidence, on, seq, division);
  }

  Draft browsing(String divisionCode) {
    return new Draft(nominationId, step, 0, criterion, evidence, editing, seq, divisionCode);
  }

  /** The same state under a new sequence number: the buttons shown before are now stale. */
  Draft next() {
    return new Draft(nominationId, step, page, criterion, evidence, editing, seq + 1, division);
  }
}
