package vn.exemplarbot.nomination;

/**
 * A nomination was endorsed (by its division head or the council secretary), published in the
 * transaction of the endorsement. Carries what listeners need so that none reads nomination tables:
 * the nominee and whether step 7 proposed them as a new factor.
 */
public record NominationEndorsed(
    long nominationId,
    int code,
    int cycleYear,
    Kind kind,
    String nomineePersonId,
    String nomineeDivision,
    boolean newFactor,
    String endorsedBy) {

  static NominationEndorsed of(Nomination n, String endorsedBy) {
    return new NominationEndorsed(
        n.id(),
        n.code(),
        n.cycleYear(),
        n.kind(),
        n.nomineePersonId(),
        n.nomineeDivision(),
        Boolean.TRUE.equals(n.newFactor()),
        endorsedBy);
  }
}
