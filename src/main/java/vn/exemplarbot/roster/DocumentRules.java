package vn.exemplarbot.roster;

import java.util.List;

/**
 * How decisions and certificates are made.
 *
 * @param signer null only when settings name none and the roster has no director
 * @param rights Điều 2 of the decision; empty leaves it out
 */
public record DocumentRules(
    Numbering numbering, Signer signer, List<String> legalBases, String rights) {

  public static final List<String> DEFAULT_LEGAL_BASES =
      List.of("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022");

  public DocumentRules {
    legalBases = List.copyOf(legalBases);
    rights = rights == null ? "" : rights;
  }

  public DocumentRules withSigner(Signer s) {
    return new DocumentRules(numbering, s, legalBases, rights);
  }
}
