package vn.exemplarbot.fostering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;

/** How the list is cut into messages. */
class PagesTests {

  @Test
  void aShortListIsOneMessageWithEachFactorsButtonAndItsDivisionHeadings() {
    Pages pages = new Pages();
    pages.division("▶ A", "▶ A (tiếp)");
    pages.factor("1. An", button("1"));
    pages.factor("2. Bình", null);
    pages.division("▶ B", "▶ B (tiếp)");
    pages.factor("3. Chi", button("3"));
    List<Message.Text> messages = pages.messages();
    assertThat(messages).singleElement();
    assertThat(messages.get(0).text()).isEqualTo("▶ A\n1. An\n\n2. Bình\n\n▶ B\n3. Chi");
    assertThat(((Markup.Inline) messages.get(0).markup()).rows())
        .containsExactly(List.of(button("1")), List.of(button("3")));
  }

  @Test
  void aDivisionRunningOnRepeatsItsHeadingAndNoMessageHoldsMoreThanItsShare() {
    Pages pages = new Pages();
    pages.division("▶ A", "▶ A (tiếp)");
    for (int i = 1; i <= Pages.MAX_FACTORS + 1; i++) {
      pages.factor(i + ".", button(String.valueOf(i)));
    }
    pages.division("▶ B", "▶ B (tiếp)");
    String long1 = "x".repeat(3000);
    pages.factor(long1, button("b1"));
    pages.factor("y".repeat(3000), button("b2"));
    List<Message.Text> messages = pages.messages();
    assertThat(messages).extracting(Message.Text::text).allMatch(t -> t.length() <= 4096);
    assertThat(messages).hasSize(3);
    assertThat(messages.get(0).text()).startsWith("▶ A\n1.").endsWith("\n\n8.");
    assertThat(messages.get(1).text()).isEqualTo("▶ A (tiếp)\n9.\n\n▶ B\n" + long1);
    assertThat(messages.get(2).text()).isEqualTo("▶ B (tiếp)\n" + "y".repeat(3000));
    assertThat(((Markup.Inline) messages.get(2).markup()).rows())
        .containsExactly(List.of(button("b2")));
  }

  @Test
  void anEmptyListIsNoMessage() {
    assertThat(new Pages().messages()).isEmpty();
  }

  private static Button button(String id) {
    return new Button("Thêm ghi chú " + id, "nfn:" + id);
  }
}
