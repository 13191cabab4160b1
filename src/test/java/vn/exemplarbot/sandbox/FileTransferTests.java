package vn.exemplarbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FileTransferTests {

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
  void roundTripsAMultipartDocumentThroughGetFileAndDownload() throws Exception {
    byte[] pdf =
        "%PDF-1.7 Nguyễn Thị Hằng\r\n--not a boundary\r\n".getBytes(StandardCharsets.UTF_8);

    HttpBotApi.Answer sent =
        api.multipart(
            "senddocument",
            Map.of(
                "chat_id",
                "7",
                "caption",
                "Báo cáo",
                "reply_markup",
                "{\"inline_keyboard\":[[{\"text\":\"OK\",\"callback_data\":\"ok\"}]]}"),
            "document",
            "bao-cao.pdf",
            pdf);
    JsonNode document = sent.result().get("document");
    JsonNode file =
        api.call("getFile", Map.of("file_id", document.get("file_id").asText())).result();
    HttpResponse<byte[]> download = api.download(emulator.token(), file.get("file_path").asText());

    assertThat(document.get("file_name").asText()).isEqualTo("bao-cao.pdf");
    assertThat(document.get("mime_type").asText()).isEqualTo("application/pdf");
    assertThat(document.get("file_size").asInt()).isEqualTo(pdf.length);
    assertThat(file.get("file_unique_id").asText())
        .isEqualTo(document.get("file_unique_id").asText());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(emulator.chat(7))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.documentName()).isEqualTo("bao-cao.pdf");
              assertThat(m.documentBytes()).isEqualTo(pdf);
              assertThat(m.text()).isEqualTo("Báo cáo");
              assertThat(m.buttons()).containsExactly(new ChatMessage.Button("OK", "ok"));
            });
  }

  @Test
  void resendsADocumentByFileId() throws Exception {
    String fileId =
        api.multipart("sendDocument", Map.of("chat_id", "7"), "document", "a.txt", new byte[] {42})
            .result()
            .get("document")
            .get("file_id")
            .asText();

    HttpBotApi.Answer again = api.call("sendDocument", Map.of("chat_id", 7, "document", fileId));
    HttpBotApi.Answer unknown = api.call("sendDocument", Map.of("chat_id", 7, "document", "nope"));

    assertThat(again.result().get("document").get("file_id").asText()).isEqualTo(fileId);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(emulator.chat(7))
        .extracting(ChatMessage::documentBytes)
        .containsExactly(new byte[] {42}, new byte[] {42});
  }

  @Test
  void sendsAPhotoByItsFileIdButNeitherKindAsTheOther() throws Exception {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 9, (byte) 0xFF, (byte) 0xD9};
    emulator.user(7, "an", "An").sendPhoto(jpeg);
    JsonNode sizes = api.call("getUpdates", Map.of()).result().get(0).get("message").get("photo");
    String photoId = sizes.get(sizes.size() - 1).get("file_id").asText();
    String documentId =
        api.multipart("sendDocument", Map.of("chat_id", "7"), "document", "a.pdf", new byte[] {1})
            .result()
            .get("document")
            .get("file_id")
            .asText();

    HttpBotApi.Answer photo =
        api.call("sendPhoto", Map.of("chat_id", 7, "photo", photoId, "caption", "Ảnh"));
    HttpBotApi.Answer photoAsDocument =
        api.call("sendDocument", Map.of("chat_id", 7, "document", photoId));
    HttpBotApi.Answer documentAsPhoto =
        api.call("sendPhoto", Map.of("chat_id", 7, "photo", documentId));

    assertThat(photo.result().get("photo").get(0).get("file_id").asText()).isEqualTo(photoId);
    assertThat(photoAsDocument.status()).isEqualTo(400);
    assertThat(documentAsPhoto.status()).isEqualTo(400);
    ChatMessage shown = emulator.chat(7).get(emulator.chat(7).size() - 1);
    assertThat(shown.photo()).isTrue();
    assertThat(shown.text()).isEqualTo("Ảnh");
    assertThat(shown.documentBytes()).isEqualTo(jpeg);
  }

  @Test
  void servesWhatAUserSent() throws Exception {
    byte[] bytes = {1, 2, 3, 4};
    emulator.user(7, "an", "An").sendDocument("cv.docx", null, bytes);
    JsonNode document =
        api.call("getUpdates", Map.of()).result().get(0).get("message").get("document");

    String path =
        api.call("getFile", Map.of("file_id", document.get("file_id").asText()))
            .result()
            .get("file_path")
            .asText();

    assertThat(api.download(emulator.token(), path).body()).isEqualTo(bytes);
    assertThat(api.download("2:other", path).statusCode()).isEqualTo(401);
    assertThat(api.download(emulator.token(), "documents/missing").statusCode()).isEqualTo(404);
    assertThat(api.call("getFile", Map.of("file_id", "missing")).description())
        .isEqualTo("Bad Request: invalid file_id");
  }
}
