package vn.exemplarbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TypedNoteTests {

  @Test
  void acceptsATrimmedTextInNfc() {
    String decomposed = Normalizer.normalize("  Thiếu bằng khen năm 2026 ", Normalizer.Form.NFD);
    assertThat(TypedNote.of(new Input.Text(decomposed), 500))
        .isEqualTo(new TypedNote.Accepted("Thiếu bằng khen năm 2026"));
  }

  @Test
  void refusesAStickerAFileAndAPhoto() {
    assertThat(TypedNote.of(new Input.Other("sticker"), 500)).isInstanceOf(TypedNote.NotText.class);
    assertThat(TypedNote.of(new Input.Upload("f", "a.pdf", "application/pdf", 10, false), 500))
        .isInstanceOf(TypedNote.NotText.class);
  }

  @Test
  void refusesBlankTextAndEmojiAlone() {
    assertThat(TypedNote.of(new Input.Text("   "), 500)).isInstanceOf(TypedNote.Meaningless.class);
    assertThat(TypedNote.of(new Input.Text("👍👍 !!"), 500))
        .isInstanceOf(TypedNote.Meaningless.class);
  }

  @Test
  void namesTheLengthTypedWhenTooLong() {
    assertThat(TypedNote.of(new Input.Text("a".repeat(501)), 500))
        .isEqualTo(new TypedNote.TooLong(501));
    assertThat(TypedNote.of(new Input.Text("a".repeat(500)), 500))
        .isInstanceOf(TypedNote.Accepted.class);
  }
}
