package vn.exemplarbot.documents;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.exemplarbot.roster.BotConfig;
import vn.exemplarbot.roster.DocumentRules;
import vn.exemplarbot.roster.Organization;
import vn.exemplarbot.roster.Signer;

/**
 * Who issues the documents: the organization from {@code roster.yml} and the {@code documents.*}
 * settings (signer, legal bases, the rights of Điều 2). Take it from the configuration in force
 * when a document is made: {@code Issuer.of(directory.config())}.
 *
 * @param signer who signs decisions and certificates; null only when settings name none and the
 *     roster has no director (the minutes need no signer; a decision or certificate is refused)
 * @param legalBases as written in settings, each printed as a {@code Căn cứ …;} line
 * @param rights Điều 2 of the decision; empty leaves the article out
 */
public record Issuer(
    Organization organization, Signer signer, List<String> legalBases, String rights) {

  private static final Pattern DELEGATION = Pattern.compile("^(KT|TM|TL|TUQ)\\.\\s*");

  public Issuer {
    Objects.requireNonNull(organization, "organization");
    legalBases = List.copyOf(legalBases);
    rights = rights == null ? "" : rights.strip();
  }

  public static Issuer of(BotConfig config) {
    return of(config.roster().organization(), config.settings().documents());
  }

  public static Issuer of(Organization organization, DocumentRules rules) {
    return new Issuer(organization, rules.signer(), rules.legalBases(), rules.rights());
  }

  /**
   * The head in whose name the agency decides: {@code GIÁM ĐỐC}, also when a deputy signs {@code
   * KT. GIÁM ĐỐC}.
   */
  String principalTitle() {
    Signer s = requireSigner();
    if (s.onBehalf() == null || s.onBehalf().isBlank()) {
      return Organization.upperCase(s.title().strip());
    }
    return Organization.upperCase(DELEGATION.matcher(s.onBehalf().strip()).replaceFirst(""));
  }

  /** {@code GIÁM ĐỐC}; or, for a deputy, {@code KT. GIÁM ĐỐC} over {@code PHÓ GIÁM ĐỐC}. */
  List<String> signerTitles() {
    Signer s = requireSigner();
    if (s.onBehalf() == null || s.onBehalf().isBlank()) {
      return List.of(Organization.upperCase(s.title().strip()));
    }
    return List.of(
        Organization.upperCase(s.onBehalf().strip()), Organization.upperCase(s.title().strip()));
  }

  Signer requireSigner() {
    if (signer == null) {
      throw new IllegalStateException(
          "no signer: documents.signer is not set and the roster names no director");
    }
    return signer;
  }
}
