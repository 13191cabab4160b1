package vn.exemplarbot.roster;

/** What a nomination may be: whether one may propose oneself, and how many files it carries. */
public record NominationRules(boolean allowSelf, int maxFiles) {

  public static final int MAX_FILES_LIMIT = 50;

  public static NominationRules defaults() {
    return new NominationRules(false, 10);
  }
}
