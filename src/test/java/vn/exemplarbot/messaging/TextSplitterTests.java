package vn.exemplarbot.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTests {

  @Test
  void leavesAShortTextAlone() {
    Message.Text text = new Message.Text("Xin chào");
    assertThat(TextSplitter.split(text)).containsExactly(text);
  }

  @Test
  void splitsALongTextAtLineBreaksKeepingTheButtonsOnTheLastPart() {
    String line = "Nguyễn Thị Hằng — hoàn thành xuất sắc nhiệm vụ được giao năm 2026.\n";
    Markup buttons = Markup.Inline.of(new Button("Xem hồ sơ", "dossier:1"));
    Message.Text text = new Message.Text(line.repeat(200), buttons);
    List<Message> parts = TextSplitter.split(text);
    assertThat(parts).hasSizeGreaterThan(2);
    assertThat(parts)
        .allSatisfy(p -> assertThat(((Message.Text) p).text().length()).isLessThanOrEqualTo(4096));
    assertThat(parts).allSatisfy(p -> assertThat(((Message.Text) p).text()).endsWith("2026."));
    assertThat(((Message.Text) parts.get(parts.size() - 1)).markup()).isEqualTo(buttons);
    assertThat(((Message.Text) parts.get(0)).markup()).isEqualTo(Markup.NONE);
    String joined = String.join("\n", parts.stream().map(p -> ((Message.Text) p).text()).toList());
    assertThat(joined.replace("\n", "")).isEqualTo(line.repeat(200).replace("\n", ""));
  }

  @Test
  void cutsAWordlessTextHardWithoutBreakingASurrogatePair() {
    String text = "😀".repeat(3000);
    List<Message> parts = TextSplitter.split(new Message.Text(text));
    assertThat(parts)
        .allSatisfy(
            p -> {
              String t = ((Message.Text) p).text();
              assertThat(t.length()).isLessThanOrEqualTo(4096);
              assertThat(Character.isLowSurrogate(t.charAt(0))).isFalse();
            });
  }

  @Test
  void shortensAnEditThatWouldBeTooLong() {
    Message.Text fitted = TextSplitter.fit(new Message.Text("a".repeat(5000)));
    assertThat(fitted.text()).hasSize(4096).endsWith("…");
  }
}
