package vn.exemplarbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CallbackDataTests {

  @Test
  void encodesAndDecodesAKindWithOpaqueIds() {
    CallbackData data = CallbackData.of("endorse", 42, "ok");
    assertThat(data.encode()).isEqualTo("endorse:42:ok");
    assertThat(CallbackData.decode("endorse:42:ok")).contains(data);
    assertThat(CallbackData.decode("endorse:42:ok").orElseThrow().longArg(0)).contains(42L);
  }

  @Test
  void refusesToBuildDataOverSixtyFourBytes() {
    assertThatThrownBy(() -> CallbackData.of("kind", "a".repeat(30), "b".repeat(30)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decodesForgedOrMalformedDataToNothing() {
    assertThat(CallbackData.decode(null)).isEmpty();
    assertThat(CallbackData.decode("")).isEmpty();
    assertThat(CallbackData.decode("<script>")).isEmpty();
    assertThat(CallbackData.decode("Kind:1")).isEmpty();
    assertThat(CallbackData.decode("vote:1 OR 1=1")).isEmpty();
    assertThat(CallbackData.decode("x".repeat(65))).isEmpty();
    assertThat(CallbackData.decode("đồng:1")).isEmpty();
  }

  @Test
  void aNumberArgumentThatIsNotANumberIsEmpty() {
    CallbackData data = CallbackData.decode("vote:abc").orElseThrow();
    assertThat(data.longArg(0)).isEmpty();
    assertThat(data.longArg(5)).isEmpty();
  }

  @Test
  void theLongestDataFitsTelegramsLimit() {
    CallbackData data = CallbackData.of("ballotvote", "1".repeat(18), "2".repeat(18), "A");
    assertThat(data.encode().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
  }
}
