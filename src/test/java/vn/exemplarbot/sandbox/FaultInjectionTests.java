package vn.exemplarbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.exemplarbot.sandbox.FaultPlan.Fault;

class FaultInjectionTests {

  private BotApiEmulator emulator;
  private HttpBotApi api;

  @BeforeEach
  void start() {
    emulator = BotApiEmulator.start("1:t");
    api = new HttpBotApi(emulator);
    emulator.user(7, "an", "An");
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void tooManyRequestsCarriesRetryAfterAndDeliversNothing() throws Exception {
    emulator.faults(
        FaultPlan.builder().faults(Fault.TOO_MANY_REQUESTS).retryAfterSeconds(3).build());

    HttpBotApi.Answer answer = send("hi");

    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.body().path("parameters").path("retry_after").asInt()).isEqualTo(3);
    assertThat(emulator.chat(7)).isEmpty();
    assertThat(emulator.requests())
        .last()
        .extracting(RecordedRequest::fault)
        .isEqualTo("TOO_MANY_REQUESTS");
  }

  @Test
  void serverErrorDeliversNothing() throws Exception {
    emulator.faults(FaultPlan.of(1.0, Fault.SERVER_ERROR));

    HttpBotApi.Answer answer = send("hi");

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.body().toString())
        .isEqualTo("{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
    assertThat(emulator.chat(7)).isEmpty();
  }

  @Test
  void slowAnswersLateButDelivers() throws Exception {
    emulator.faults(
        FaultPlan.builder().faults(Fault.SLOW).slowDelay(Duration.ofMillis(300)).build());
    long start = System.nanoTime();

    HttpBotApi.Answer answer = send("hi");

    assertThat(answer.ok()).isTrue();
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
    assertThat(emulator.chat(7)).hasSize(1);
  }

  @Test
  void dropBeforeClosesTheConnectionAndDeliversNothing() {
    emulator.faults(FaultPlan.of(1.0, Fault.DROP_BEFORE));

    assertThatThrownBy(() -> send("hi")).isInstanceOf(IOException.class);
    assertThat(emulator.chat(7)).isEmpty();
    assertThat(emulator.requests())
        .last()
        .satisfies(
            r -> {
              assertThat(r.fault()).isEqualTo("DROP_BEFORE");
              assertThat(r.status()).isZero();
            });
  }

  @Test
  void dropAfterDeliversButNeverAnswers() {
    emulator.faults(FaultPlan.of(1.0, Fault.DROP_AFTER));

    assertThatThrownBy(() -> send("hi")).isInstanceOf(IOException.class);
    assertThat(emulator.chat(7)).extracting(ChatMessage::text).containsExactly("hi");
  }

  @Test
  void leavesOtherMethodsAloneUnlessTold() throws Exception {
    emulator.faults(FaultPlan.of(1.0, Fault.SERVER_ERROR));
    assertThat(api.call("getUpdates", Map.of()).ok()).isTrue();

    emulator.faults(FaultPlan.builder().faults(Fault.SERVER_ERROR).methods("getUpdates").build());
    assertThat(api.call("getUpdates", Map.of()).status()).isEqualTo(500);
    assertThat(send("hi").ok()).isTrue();
  }

  @Test
  void repeatsTheSameFaultsForTheSameSeed() throws Exception {
    FaultPlan plan =
        FaultPlan.builder()
            .rate(0.5)
            .faults(Fault.SERVER_ERROR, Fault.TOO_MANY_REQUESTS)
            .seed(7)
            .build();

    emulator.faults(plan);
    List<Integer> first = statuses(20);
    emulator.faults(plan);
    List<Integer> second = statuses(20);

    assertThat(first).isEqualTo(second).contains(200, 500, 429);
  }

  @Test
  void stopsAfterMaxFaultsAndAtNone() throws Exception {
    emulator.faults(FaultPlan.builder().faults(Fault.SERVER_ERROR).maxFaults(2).build());
    assertThat(statuses(3)).containsExactly(500, 500, 200);

    emulator.faults(FaultPlan.of(1.0, Fault.SERVER_ERROR));
    emulator.faults(FaultPlan.none());
    assertThat(statuses(2)).containsExactly(200, 200);
  }

  private List<Integer> statuses(int n) throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      statuses.add(send("m" + i).status());
    }
    return statuses;
  }

  private HttpBotApi.Answer send(String text) throws IOException, InterruptedException {
    return api.call("sendMessage", Map.of("chat_id", 7, "text", text));
  }
}
