package vn.exemplarbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** How an instance names its connections to PostgreSQL, so a standby tells them apart. */
class LeaseSettingsTests {

  private static String applicationName(String instance) {
    return LeaseSettings.of(new MockEnvironment().withProperty("exemplar.instance.name", instance))
        .applicationName();
  }

  @Test
  void aPlainNameIsKeptAsItIs() {
    assertThat(applicationName("machine-1")).isEqualTo("exemplar-bot/machine-1");
  }

  @Test
  void namesWithOtherCharactersNeedNoQuotingAndStayApart() {
    String first = applicationName("máy chủ 1");
    String second = applicationName("mày chủ 1");
    String quoted = applicationName("it's; DROP TABLE lease");
    assertThat(first).matches("exemplar-bot/[A-Za-z0-9._~-]+").isNotEqualTo(second);
    assertThat(second).matches("exemplar-bot/[A-Za-z0-9._~-]+");
    assertThat(quoted).matches("exemplar-bot/[A-Za-z0-9._~-]+");
  }

  @Test
  void aLongNameFitsWhatTheServerKeepsAndStaysApart() {
    String first = applicationName("a".repeat(80) + "1");
    String second = applicationName("a".repeat(80) + "2");
    assertThat(first.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63);
    assertThat(first).isNotEqualTo(second);
  }
}
