package vn.exemplarbot.roster;

/**
 * Who signs decisions and certificates.
 *
 * @param onBehalf e.g. "KT. GIÁM ĐỐC" when a deputy signs; null otherwise
 */
public record Signer(String onBehalf, String title, String name) {

  public static final String DIRECTOR_TITLE = "GIÁM ĐỐC";
}
