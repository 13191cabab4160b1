package vn.exemplarbot.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DossierViewTests {

  @Test
  void sectionsArePackedInOrderIntoPartsThatLeaveRoomForTheTitle() {
    List<String> sections =
        List.of("head", "a".repeat(2000), "b".repeat(700), "c".repeat(700), "d".repeat(700), "e");

    List<String> parts = DossierView.pack(sections);

    assertThat(parts).hasSize(2).allMatch(p -> p.length() <= DossierView.PART);
    assertThat(String.join("\n\n", parts)).isEqualTo(String.join("\n\n", sections));
    assertThat(parts.get(1)).startsWith("d");
  }

  @Test
  void aShortDossierIsOnePart() {
    assertThat(DossierView.pack(List.of("head", "achievements")))
        .containsExactly("head\n\nachievements");
  }
}
