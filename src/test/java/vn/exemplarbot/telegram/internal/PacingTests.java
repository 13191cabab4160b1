package vn.exemplarbot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PacingTests {

  @Test
  void allowsOneCallASecondInAPrivateChat() {
    Pacing pacing = new Pacing(30);
    assertThat(pacing.reserve(7, 0)).isZero();
    pacing.done(7, 40);
    assertThat(pacing.reserve(7, 500)).isGreaterThan(0);
    assertThat(pacing.reserve(8, 500)).isZero();
    assertThat(pacing.reserve(7, 1_050)).isZero();
  }

  @Test
  void aShortenedGapForTestsAppliesToPrivateChatsOnly() {
    Pacing pacing = new Pacing(30, 50);
    pacing.done(7, 0);
    assertThat(pacing.reserve(7, 30)).isGreaterThan(0);
    assertThat(pacing.reserve(7, 70)).isZero();
  }

  @Test
  void countsCallsUnderWayAgainstThirtyASecond() {
    Pacing pacing = new Pacing(30);
    for (int chat = 1; chat <= 30; chat++) {
      assertThat(pacing.reserve(chat, 0)).isZero();
    }
    assertThat(pacing.reserve(31, 0)).isGreaterThan(0);
    for (int chat = 1; chat <= 30; chat++) {
      pacing.done(chat, 100);
    }
    assertThat(pacing.reserve(31, 900)).isGreaterThan(0);
    assertThat(pacing.reserve(31, 1_200)).isZero();
  }

  @Test
  void allowsTwentyAMinuteInAGroup() {
    Pacing pacing = new Pacing(30);
    long group = -100_123;
    long now = 0;
    for (int i = 0; i < 20; i++) {
      assertThat(pacing.reserve(group, now)).isZero();
      pacing.done(group, now + 10);
      now += 1_100;
    }
    assertThat(pacing.reserve(group, now)).isGreaterThan(0);
    assertThat(pacing.reserve(group, 60_100)).isZero();
  }

  @Test
  void saysHowLongTheOverallLimitIsFullAndTakesBackAnUnusedSlot() {
    Pacing pacing = new Pacing(30);
    for (int chat = 1; chat < 30; chat++) {
      assertThat(pacing.reserve(chat, 0)).isZero();
    }
    assertThat(pacing.full(0)).isZero();
    assertThat(pacing.reserve(30, 0)).isZero();
    assertThat(pacing.full(0)).isGreaterThan(0);
    pacing.cancel();
    assertThat(pacing.full(0)).isZero();
    for (int chat = 1; chat < 30; chat++) {
      pacing.done(chat, 100);
    }
    assertThat(pacing.reserve(30, 200)).isZero();
    assertThat(pacing.full(200)).isEqualTo(100 + Pacing.SECOND + Pacing.MARGIN - 200);
    assertThat(pacing.full(1_200)).isZero();
  }
}
