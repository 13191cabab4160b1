package vn.exemplarbot.nomination;

/**
 * The steps of {@code /nominate}, in order; {@link #EDIT} is the menu that jumps to any of them.
 */
enum Step {
  KIND,
  DIVISION,
  PERSON,
  MOVEMENT,
  ACHIEVEMENTS,
  CRITERIA,
  FILES,
  NEW_FACTOR,
  SUMMARY,
  EDIT;

  /** The step's number as shown to people, 1 to 8. */
  int number() {
    if (ordinal() <= KIND.ordinal()) {
      return 1;
    }
    return ordinal() <= PERSON.ordinal() ? 2 : Math.min(ordinal(), 8);
  }
}
