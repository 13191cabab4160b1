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
    String stateNote) {

  public String codeText() {
    return code == null ? null : Codes.format(code);
  }

  public boolean nomineeChosen() {
    if (kind == Kind.INDIVIDUAL) {
      return nomineePersonId != null;
    }
    return kind == Kind.COLLECTIVE && nomineeDivision != null;
  }

  /** A draft, or a returned nomination its proposer edits before sending it again. */
  public boolean editable() {
    return state == NominationState.DRAFT || state == NominationState.RETURNED;
  }

  public boolean isDraft() {
    return state == NominationState.DRAFT;
  }
}
