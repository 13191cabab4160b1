package vn.exemplarbot.conversation;

import java.text.Normalizer;

/**
 * A short typed text a flow asks for (a return comment, what a dossier is missing, a follow-up
 * note), checked the same way everywhere: text only (a sticker, a file or a photo is not), with at
 * least one letter or digit (emoji alone say nothing), and within the flow's length, counted after
 * trimming and NFC. Each flow answers each refusal in its own words.
 */
public sealed interface TypedNote {

  /** The note to keep, trimmed and in NFC. */
  record Accepted(String text) implements TypedNote {}

  /** Not a text message. */
  record NotText() implements TypedNote {}

  /** Blank, or only emoji and punctuation. */
  record Meaningless() implements TypedNote {}

  /** Longer than allowed; {@code length} is what was typed. */
  record TooLong(int length) implements TypedNote {}

  public static TypedNote of(Input input, int maxChars) {
    if (!(input instanceof Input.Text typed)) {
      return new NotText();
    }
    String text = Normalizer.normalize(typed.text().strip(), Normalizer.Form.NFC);
    if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return new Meaningless();
    }
    if (text.length() > maxChars) {
      return new TooLong(text.length());
    }
    return new Accepted(text);
  }
}
