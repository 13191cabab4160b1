package vn.exemplarbot.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RollingWindowsTests {

  @Test
  void waitsUntilTheOldestEventThatFillsTheWindowLeavesIt() {
    RollingWindows windows = new RollingWindows(2, 1000);
    windows.record("k", 100);
    windows.record("k", 300);

    assertThat(windows.waitNanos("k", 500)).isEqualTo(600);
    assertThat(windows.waitNanos("k", 1100)).isZero();
    assertThat(windows.waitNanos("other", 500)).isZero();
  }
}
