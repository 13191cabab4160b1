package vn.exemplarbot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What reaches TelegramBots for each kind of answer a front end or Telegram may give. */
class AnswerReaderTests {

  private final ApiReachability reachability = new ApiReachability();
  private final AnswerReader reader = new AnswerReader(new ObjectMapper(), reachability);

  private JsonNode read(int status, String body) {
    return reader.read(status, null, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aReadableAnswerPassesUnchanged() {
    assertThat(
            read(
                200,
                "{\"ok\":true,\"result\":{\"message_id\":3,\"date\":1,\"chat\":{\"id\":5,\"type\":\"private\"}}}"))
        .isNull();
    assertThat(
            read(
                400,
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}"))
        .isNull();
    assertThat(read(200, "{\"ok\":true,\"result\":true}")).isNull();
  }

  @Test
  void onlyAReadableTelegramAnswerCountsAsTheApiAnswering() {
    read(502, "<html><title>502 Bad Gateway</title></html>");
    read(200, "");
    assertThat(reachability.sinceLastAnswer()).isEmpty();
    read(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request\"}");
    assertThat(reachability.sinceLastAnswer()).isPresent();
    assertThat(reachability.silentFor()).isLessThan(java.time.Duration.ofSeconds(5));
  }

  @Test
  void anHtmlBadGatewayBecomesAnErrorWithItsStatus() {
    JsonNode answer = read(502, "<html><title>502 Bad Gateway</title></html>");
    assertThat(answer.path("ok").asBoolean()).isFalse();
    assertThat(answer.path("error_code").asInt()).isEqualTo(502);
    assertThat(read(429, "").path("parameters").path("retry_after").asInt()).isEqualTo(1);
  }

  @Test
  void aSuccessWithoutAReadableOkHasAnUnknownFate() {
    assertThat(read(200, "").path("error_code").asInt()).isEqualTo(AnswerReader.UNKNOWN_FATE);
    assertThat(read(200, "{\"ok\":tr").path("error_code").asInt())
        .isEqualTo(AnswerReader.UNKNOWN_FATE);
  }

  @Test
  void aDeliveredMessageTheLibraryCannotMapKeepsItsId() {
    JsonNode answer =
        read(200, "{\"ok\":true,\"result\":{\"message_id\":9,\"date\":\"x\",\"chat\":\"y\"}}");
    assertThat(answer).isNotNull();
    assertThat(answer.path("ok").asBoolean()).isTrue();
    assertThat(answer.path("result").path("message_id").asLong()).isEqualTo(9);
    org.telegram.telegrambots.meta.api.methods.send.SendMessage send =
        org.telegram.telegrambots.meta.api.methods.send.SendMessage.builder()
            .chatId(7L)
            .text("x")
            .build();
    assertThat(assertDoesNotThrow(() -> send.deserializeResponse(answer.toString())).getMessageId())
        .as("the library maps what it is given")
        .isEqualTo(9);
  }
}
