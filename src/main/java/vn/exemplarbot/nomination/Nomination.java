package vn.exemplarbot.nomination;

/**
 * A nomination as stored: a draft while {@code code} is null. {@code nomineeDivision} is the
 * nominated collective, or the division of the nominated person.
 */
public record Nomination(
    long id,
    Integer code,
    int cycleYear,
    String proposerId,
    Kind kind,
    String nomineePersonId,
    String nomineeDivision,
    String movement,
    String achievements,
    Boolean newFactor,
    NominationState state,
    String stateNote,
    boolean published) {

  /**
   * The message key of the state as shown in chat: the council's result and the director's decision
   * stay unknown until the ballot's publication ({@link NominationState#shownKey}).
   */
  public String shownKey() {
    return published ? "nomination.state." + state.db() : state.shownKey();
  }

  public String codeText() {
    return code == null ? null : Codes.format(code);
  }

  public boolean nomineeChosen() {
    if (kind == Kind.INDIVIDUAL) {
      return nomineePersonId != null;
    }
    return kind == Kind.COLLECTIVE && nomineeDivision != null;
  }

  /**
   * A draft, a returned nomination its proposer edits before sending it again, or a dossier the
   * appraisal asked to complete.
   */
  public boolean editable() {
    return state == NominationState.DRAFT
        || state == NominationState.RETURNED
        || state == NominationState.NEEDS_MORE;
  }

  /**
   * Endorsed already, so only the dossier (achievements, criteria, files) may change: not who is
   * nominated, nor in which movement.
   */
  public boolean dossierOnly() {
    return state == NominationState.NEEDS_MORE;
  }

  public boolean isDraft() {
    return state == NominationState.DRAFT;
  }
}
