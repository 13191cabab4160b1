package vn.exemplarbot.ballot;

import java.util.Arrays;
import java.util.Optional;

/**
 * A choice as the box stores it: one letter, the same size as the empty mark {@code -}. It rides in
 * the button data between a press and its confirmation, so no server state holds it.
 */
public enum Choice {
  AGREE("A", "ballot.choice.agree"),
  DISAGREE("D", "ballot.choice.disagree"),
  ABSTAIN("N", "ballot.choice.abstain");

  public static final String EMPTY = "-";

  private final String letter;
  private final String labelKey;

  Choice(String letter, String labelKey) {
    this.letter = letter;
    this.labelKey = labelKey;
  }

  public String letter() {
    return letter;
  }

  String labelKey() {
    return labelKey;
  }

  static Optional<Choice> of(String letter) {
    return Arrays.stream(values()).filter(c -> c.letter.equals(letter)).findFirst();
  }
}
