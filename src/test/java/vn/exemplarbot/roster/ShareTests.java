package vn.exemplarbot.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShareTests {

  @Test
  void readsFractionsAndPercentagesAsReducedExactFractions() {
    assertThat(Share.of(">= 2/3"))
        .extracting("strict", "numerator", "denominator")
        .containsExactly(false, 2L, 3L);
    assertThat(Share.of("> 50%"))
        .extracting("strict", "numerator", "denominator")
        .containsExactly(true, 1L, 2L);
    assertThat(Share.of("≥ 70 %"))
        .extracting("strict", "numerator", "denominator")
        .containsExactly(false, 7L, 10L);
    assertThat(Share.of(">=4/7"))
        .extracting("strict", "numerator", "denominator")
        .containsExactly(false, 4L, 7L);
    assertThat(Share.of("> 50.5%"))
        .extracting("strict", "numerator", "denominator")
        .containsExactly(true, 101L, 200L);
    assertThat(Share.of(">= 6/9")).extracting("numerator", "denominator").containsExactly(2L, 3L);
  }

  @Test
  void keepsTheTextAsWritten() {
    assertThat(Share.of(" >= 2/3 ").text()).isEqualTo(">= 2/3");
  }

  @Test
  void fourOfSevenMeetsAtLeastFourSevenths() {
    Share share = Share.of(">= 4/7");
    assertThat(share.isMetBy(4, 7)).isTrue();
    assertThat(share.isMetBy(3, 7)).isFalse();
  }

  @Test
  void halfDoesNotMeetMoreThanHalf() {
    Share share = Share.of("> 50%");
    assertThat(share.isMetBy(4, 8)).isFalse();
    assertThat(share.isMetBy(5, 8)).isTrue();
  }

  @Test
  void sevenOfTenMeetsAtLeastSeventyPercent() {
    Share share = Share.of(">= 70%");
    assertThat(share.isMetBy(7, 10)).isTrue();
    assertThat(share.isMetBy(6, 10)).isFalse();
  }

  @Test
  void comparesTwoThirdsExactlyWhereFloatingPointWouldRound() {
    Share share = Share.of(">= 2/3");
    assertThat(share.isMetBy(2, 3)).isTrue();
    assertThat(share.isMetBy(4, 6)).isTrue();
    assertThat(share.isMetBy(66, 100)).isFalse();
    assertThat(share.isMetBy(5, 7)).isTrue();
  }

  @Test
  void anEmptyBaseMeetsNothing() {
    assertThat(Share.of(">= 0%").isMetBy(0, 0)).isFalse();
    assertThat(Share.of("> 50%").isMetBy(0, 0)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"50%", "2/3", ">= two thirds", "=> 2/3", "", ">= 2/", ">= -1/3", "> 50 %%"})
  void refusesTextsThatAreNotShares(String text) {
    assertThat(Share.parse(text)).isInstanceOf(Share.Parsed.Malformed.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {">= 4/3", "> 150%", ">= 1/0", "> 100.5%"})
  void refusesSharesOutsideZeroToOne(String text) {
    assertThat(Share.parse(text)).isInstanceOf(Share.Parsed.OutOfRange.class);
  }

  @Test
  void acceptsTheBounds() {
    assertThat(Share.of(">= 0%").isMetBy(0, 5)).isTrue();
    assertThat(Share.of(">= 100%").isMetBy(5, 5)).isTrue();
    assertThat(Share.of("> 100%").isMetBy(5, 5)).isFalse();
  }

  @Test
  void aShareCannotBeBuiltOutsideZeroToOne() {
    assertThatThrownBy(() -> new Share(false, 4, 3, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
