package vn.exemplarbot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Talks to the emulator over real HTTP, as a bot written without a library would. */
final class HttpBotApi {

  /** An HTTP answer with its JSON body. */
  record Answer(int status, JsonNode body) {
    boolean ok() {
      return body.path("ok").asBoolean();
    }

    JsonNode result() {
      return body.get("result");
    }

    String description() {
      return body.path("description").asText();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final BotApiEmulator emulator;

  HttpBotApi(BotApiEmulator emulator) {
    this.emulator = emulator;
  }

  Answer call(String method, Map<String, ?> params) throws IOException, InterruptedException {
    return callWithToken(emulator.token(), method, params);
  }

  Answer callWithToken(String token, String method, Map<String, ?> params)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri("/bot" + token + "/" + method))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(params))));
  }

  Answer form(String method, String urlEncoded) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri("/bot" + emulator.token() + "/" + method))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(urlEncoded)));
  }

  Answer get(String methodAndQuery) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri("/bot" + emulator.token() + "/" + methodAndQuery)).GET());
  }

  Answer multipart(
      String method, Map<String, String> fields, String fileField, String fileName, byte[] bytes)
      throws IOException, InterruptedException {
    String boundary = "----emulator" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> f : fields.entrySet()) {
      write(
          body,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + f.getKey()
              + "\"\r\n\r\n"
              + f.getValue()
              + "\r\n");
    }
    write(
        body,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + fileField
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.write(bytes);
    write(body, "\r\n--" + boundary + "--\r\n");
    return send(
        HttpRequest.newBuilder(uri("/bot" + emulator.token() + "/" + method))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  HttpResponse<byte[]> download(String token, String filePath)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri("/file/bot" + token + "/" + filePath)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        HTTP.send(
            request.timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(response.statusCode(), JSON.readTree(response.body()));
  }

  private URI uri(String path) {
    return URI.create(emulator.baseUrl() + path);
  }

  private static void write(ByteArrayOutputStream out, String s) {
    try {
      out.write(s.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
