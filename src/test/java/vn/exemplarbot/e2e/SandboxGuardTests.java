package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.exemplarbot.ExemplarBotApplication;
import vn.exemplarbot.playground.LaunchMode;
import vn.exemplarbot.playground.SandboxHost;

/**
 * The sandbox keeps to the person at this machine: a foreign {@code Host} sees nothing (DNS
 * rebinding), a state change needs the page's SameSite cookie and a same-origin {@code Origin}; the
 * bot with a token has no sandbox page or control at all.
 */
class SandboxGuardTests {

  @TempDir static Path work;
  static SandboxHost host;
  static String base;
  static String cookie;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path config = ShutdownTests.copyExampleConfig(work.resolve("config"));
    host =
        SandboxHost.open(
            new LaunchMode.Sandbox(work.resolve("data"), config, 0),
            ExemplarBotApplication.class,
            new String[0]);
    base = "http://127.0.0.1:" + host.port();
    HttpResponse<String> page = get("/sandbox");
    assertThat(page.statusCode()).isEqualTo(200);
    String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("SameSite=Strict", "HttpOnly", "Path=/");
    cookie = setCookie.substring(0, setCookie.indexOf(';'));
  }

  @AfterAll
  static void stop() {
    host.close();
  }

  @Test
  void thePageIsServedOnLoopbackWithItsBannerAndNothingFromOutside() throws Exception {
    String page = get("/sandbox").body();
    assertThat(page)
        .contains("Môi trường thử: không bí mật, không gửi Telegram", "lang=\"vi\"")
        .doesNotContainPattern("(src|href)=\"(https?:)?//");
    assertThat(get("/sandbox/assets/sandbox.js").body())
        .contains("textContent")
        .doesNotContain("innerHTML");
    assertThat(get("/sandbox/assets/../application.yml").statusCode()).isEqualTo(404);
  }

  @Test
  void aForeignHostGetsNotFoundEvenForHealthAndThePage() throws IOException {
    assertThat(rawStatus("GET /sandbox HTTP/1.1", "evil.example:" + host.port())).isEqualTo(404);
    assertThat(rawStatus("GET /actuator/health HTTP/1.1", "evil.example")).isEqualTo(404);
    assertThat(rawStatus("GET /sandbox/api/state HTTP/1.1", "127.0.0.1:1")).isEqualTo(404);
    assertThat(rawStatus("GET /sandbox HTTP/1.1", "localhost:" + host.port())).isEqualTo(200);
  }

  @Test
  void aChangeWithoutTheCookieOrFromAnotherOriginIsRefusedAndChangesNothing() throws Exception {
    String clock =
        get("/sandbox/api/state").body().replaceAll("(?s).*\"now\":\"([^\"]+)\".*", "$1");
    String origin = "http://127.0.0.1:" + host.port();
    assertThat(post("/sandbox/api/clock", "move=day", null, origin).statusCode()).isEqualTo(403);
    assertThat(post("/sandbox/api/clock", "move=day", cookie, "http://evil.example").statusCode())
        .isEqualTo(403);
    assertThat(post("/sandbox/api/clock", "move=day", cookie, null).statusCode()).isEqualTo(403);
    assertThat(post("/sandbox/api/reset", "", "exemplar_sandbox=guess", origin).statusCode())
        .isEqualTo(403);
    HttpResponse<String> refused =
        post("/sandbox/api/send", "as=nguyen-thi-lan&text=/start", null, origin);
    assertThat(refused.body()).contains("Yêu cầu bị từ chối", "/sandbox");
    assertThat(get("/sandbox/api/state").body()).contains("\"now\":\"" + clock + "\"");
    assertThat(host.emulator().chat(100004)).isEmpty();

    HttpResponse<String> moved = post("/sandbox/api/clock", "move=hour", cookie, origin);
    assertThat(moved.statusCode()).isEqualTo(200);
    assertThat(moved.body()).doesNotContain(clock);
    assertThat(post("/sandbox/api/clock", "move=backwards", cookie, origin).body())
        .contains("Không hiểu cách tua đồng hồ");
    assertThat(post("/sandbox/api/send", "as=khong-co&text=hi", cookie, origin).body())
        .contains("Không có người «khong-co»");
  }

  @Test
  void withATokenThereIsNoSandboxPageNorControl() throws Exception {
    try (BotHarness bot = BotHarness.started(work.resolve("production"))) {
      String production = "http://127.0.0.1:" + bot.port();
      assertThat(
              send(HttpRequest.newBuilder(URI.create(production + "/sandbox")).build())
                  .statusCode())
          .isEqualTo(404);
      HttpRequest clock =
          HttpRequest.newBuilder(URI.create(production + "/sandbox/api/clock"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString("move=day"))
              .build();
      assertThat(send(clock).statusCode()).isEqualTo(404);
      assertThat(
              send(HttpRequest.newBuilder(URI.create(production + "/actuator/health")).build())
                  .body())
          .contains("UP");
    }
  }

  static HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).build());
  }

  static HttpResponse<String> post(String path, String form, String cookie, String origin)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    if (origin != null) {
      request.header("Origin", origin);
    }
    return send(request.build());
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A request with a Host header of our choosing (the JDK client will not send a false one). */
  private static int rawStatus(String requestLine, String hostHeader) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", host.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine + "\r\nHost: " + hostHeader + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(status.substring(9, 12));
    }
  }
}
