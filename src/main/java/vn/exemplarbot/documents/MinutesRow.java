package vn.exemplarbot.documents;

import java.util.Objects;

/**
 * One nomination's line in the minutes.
 *
 * @param code e.g. {@code N-3}
 * @param nominee the person's full name or the collective's name
 * @param base the members in this nomination's base (a recused member is not in it)
 * @param cast the votes cast on it, abstentions included
 * @param quorumMet whether {@code cast} met the quorum of {@code base}
 * @param passed whether it passed (never when the quorum was not met)
 */
public record MinutesRow(
    String code,
    String nominee,
    String division,
    int agree,
    int disagree,
    int abstain,
    int base,
    int cast,
    boolean quorumMet,
    boolean passed) {

  public MinutesRow {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nominee, "nominee");
  }
}
