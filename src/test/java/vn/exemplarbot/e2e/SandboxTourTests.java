package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.exemplarbot.ExemplarBotApplication;
import vn.exemplarbot.playground.LaunchMode;
import vn.exemplarbot.playground.SandboxHost;

/**
 * The sandbox as a newcomer meets it: the whole cycle walked in a real headless chromium, acting
 * only through the page (clicking and typing): register by sharing a phone number, nominate with a
 * file, endorse, appraise, open the ballot, every member votes, the clock closes the ballot, the
 * director approves, the clerk numbers, the certificate opens from its bubble, the group shows the
 * announcement, the website lists the exemplar, a reminder arrives; each tour step unticked before
 * its action and ticked after; then a reset leaves nothing behind. Screenshots at desktop width and
 * at 375 px are kept under {@code target/screenshots/}.
 */
class SandboxTourTests {

  static final String LINH = "truong-my-linh"; // staff of HTQT, phone only: registers by contact
  static final String AN = "nguyen-van-an"; // head of HTQT, council member
  static final String LAN = "nguyen-thi-lan"; // council secretary, member
  static final String BINH = "tran-quoc-binh"; // director, chair, member
  static final String MAI = "dang-thi-mai"; // office clerk, registers by username
  static final List<String> MEMBERS =
      List.of(LAN, AN, BINH, "le-thi-thu-ha", "pham-minh-tuan", "hoang-van-duc", "lam-van-thang");

  @TempDir Path work;
  SandboxHost host;
  Browser browser;
  SandboxPageDriver page;
  String base;

  @BeforeEach
  void start() throws IOException {
    Path config = ShutdownTests.copyExampleConfig(work.resolve("config"));
    LaunchMode.Sandbox where = new LaunchMode.Sandbox(work.resolve("data"), config, 0);
    host = SandboxHost.open(where, ExemplarBotApplication.class, new String[0]);
    base = "http://127.0.0.1:" + host.port();
    browser = new Browser(1366, 900);
    page = new SandboxPageDriver(browser);
  }

  @AfterEach
  void stop() {
    browser.close();
    host.close();
  }

  @Test
  void aVisitorWalksTheWholeCycleThroughThePageAndStartsOver() throws Exception {
    page.open(base + "/sandbox");
    assertThat(page.clock()).isEqualTo("09:00, Thứ Ba 01/12/2026");
    page.screenshot("sandbox-01-start-desktop");

    registerAndNominate();
    endorseAndAppraise();
    openTheBallotAndVote();
    closeByTheClock();
    approveAndNumber();
    certificateGroupAndWebsite();
    reminder();
    page.screenshot("sandbox-09-tour-done-desktop");
    phoneWidth();
    startOver();
  }

  private void registerAndNominate() throws IOException {
    assertThat(page.done("register")).isFalse();
    page.actAs(LINH);
    page.say("/start", "Chia sẻ số điện thoại");
    page.replyKeyboard("Chia sẻ số điện thoại");
    page.awaitBot(0, "Xin chào", "Trương Mỹ Linh");
    page.awaitDone("register");

    assertThat(page.menu("/nominate")).contains("/my", "/help").doesNotContain("/ballot_open");
    page.driver().findElement(By.id("menu-button")).click();

    assertThat(page.done("nominate")).isFalse();
    page.say("/nominate", "Bước 1/8");
    page.press("Cá nhân", "thuộc phòng nào");
    page.press("Phòng Hợp tác quốc tế", "Chọn người");
    page.press("Ngô Thanh Sơn", "Bước 3/8");
    page.press("Chuyển đổi số", "Bước 4/8");
    long before = page.newestBotId("#messages");
    WebElement input = page.driver().findElement(By.id("input"));
    input.sendKeys("Chủ trì số hoá hồ sơ lãnh sự", Keys.chord(Keys.SHIFT, Keys.ENTER));
    input.sendKeys("Hướng dẫn 40 cán bộ dùng chữ ký số", Keys.ENTER);
    page.awaitBot(before, "Tiêu chuẩn 1/4");
    page.say("Gương mẫu chấp hành", "Tiêu chuẩn 2/4");
    page.say("Hoàn thành xuất sắc nhiệm vụ", "Tiêu chuẩn 3/4");
    page.say("Được Bộ Ngoại giao biểu dương", "Tiêu chuẩn 4/4");
    page.say("Hiến máu tình nguyện", "Bước 6/8");
    Path evidence = work.resolve("bang-khen-son.pdf");
    Files.write(evidence, ReadBack.onePagePdf("Bang khen cua Bo Ngoai giao"));
    before = page.newestBotId("#messages");
    page.attach(evidence);
    page.awaitBot(before, "Đã nhận tệp bang-khen-son.pdf (1/10)");
    page.press("Xong", "Bước 7/8");
    String summary = page.press("Không", "Bước 8/8");
    assertThat(summary)
        .contains("Chủ trì số hoá hồ sơ lãnh sự\nHướng dẫn 40 cán bộ", "Tệp minh chứng: 1");
    page.press("Gửi", "Đã gửi", "N-1");
    page.awaitDone("nominate");
    page.screenshot("sandbox-02-nominated-desktop");
  }

  private void endorseAndAppraise() {
    assertThat(page.done("endorse")).isFalse();
    page.actAs(AN);
    page.say("/start", "Xin chào");
    page.awaitBot(0, "Đề cử N-1 chờ bạn giới thiệu");
    page.press("Giới thiệu", "Giới thiệu đề cử N-1");
    page.press("Xác nhận", "Đã giới thiệu đề cử N-1");
    page.awaitDone("endorse");

    assertThat(page.done("appraise")).isFalse();
    page.actAs(LAN);
    page.say("/start", "Xin chào");
    page.awaitBot(0, "Hồ sơ N-1 chờ thẩm định");
    page.press("Đạt", "Xác nhận hồ sơ N-1");
    page.press("Xác nhận", "Đã thẩm định đạt hồ sơ N-1");
    page.awaitDone("appraise");
  }

  private void openTheBallotAndVote() {
    assertThat(page.done("ballot-open")).isFalse();
    page.say("/ballot_open", "Mở phiếu bầu kín");
    page.press("Xác nhận", "Đã mở phiếu bầu kín số 1");
    page.awaitDone("ballot-open");
    for (String member : MEMBERS) {
      assertThat(page.done("vote")).isFalse();
      page.actAs(member);
      if (!List.of(LAN, AN).contains(member)) {
        page.say("/start", "Xin chào");
      }
      page.awaitBot(0, "Đề cử N-1");
      page.press("Đồng ý", "bạn chọn «Đồng ý»");
      page.press("Xác nhận", "Đã bỏ phiếu", "Mã phiếu");
    }
    page.awaitDone("vote");
    page.screenshot("sandbox-03-voted-desktop");
  }

  private void closeByTheClock() {
    assertThat(page.done("ballot-closed")).isFalse();
    page.moveClockUntilDone("ballot-closed");
    assertThat(page.clock()).contains("04/12/2026");
  }

  private void approveAndNumber() {
    assertThat(page.done("approve")).isFalse();
    page.actAs(BINH);
    page.say("/pending", "chờ quyết định: 1");
    page.press("Công nhận", "Công nhận điển hình tiên tiến: N-1?");
    page.press("Xác nhận", "Dự thảo quyết định số tạm 1 (N-1)");
    page.awaitDone("approve");

    assertThat(page.done("number")).isFalse();
    page.actAs(MAI);
    page.say("/start", "Xin chào");
    page.awaitBot(0, "chờ vào số");
    page.press("Nhập số", "nhập số quyết định");
    page.say("15/QĐ-SNgV 04/12/2026", "Vào số quyết định 15/QĐ-SNgV ngày 04/12/2026");
    page.press("Xác nhận", "Đã vào số quyết định 15/QĐ-SNgV");
    page.awaitDone("number");
  }

  private void certificateGroupAndWebsite() throws Exception {
    page.awaitDone("certificate");
    page.actAs(LINH);
    page.screenshot("sandbox-04-certificate-desktop");
    String main = page.driver().getWindowHandle();
    String url = page.openFile("Giay-cong-nhan-N-1");
    assertThat(page.driver().getWindowHandles()).hasSize(2);
    switchAway(main);
    assertThat(page.driver().getCurrentUrl()).isEqualTo(url);
    backTo(main);
    assertThat(pdfText(url)).contains("Ngô Thanh Sơn", "15/QĐ-SNgV");

    assertThat(page.awaitGroup("Ngô Thanh Sơn")).contains("điển hình tiên tiến năm 2026");
    page.awaitDone("website");
    page.driver().findElement(By.id("website")).click();
    switchAway(main);
    assertThat(page.driver().findElement(By.tagName("body")).getText()).contains("Ngô Thanh Sơn");
    backTo(main);
  }

  private void reminder() {
    assertThat(page.done("reminder")).isFalse();
    page.actAs(AN);
    long before = page.newestBotId("#messages");
    page.moveClockUntilDone("reminder");
    assertThat(page.awaitBot(before, "15/12/2026")).contains("kế hoạch");
  }

  private void phoneWidth() {
    page.driver().manage().window().setSize(new Dimension(375, 812));
    for (String tab : List.of("people", "chat", "group", "side")) {
      page.driver().findElement(By.cssSelector("[data-tab='" + tab + "']")).click();
      page.screenshot("sandbox-phone-" + tab);
    }
    Number width = (Number) page.js("return document.documentElement.scrollWidth;");
    assertThat(width.intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(375);
    page.driver().manage().window().setSize(new Dimension(1366, 900));
  }

  private void startOver() throws IOException {
    Path marker = host.sandboxDir().resolve("left-behind.txt");
    Files.writeString(marker, "x");
    page.js("window.beforeReset = true;");
    page.driver().findElement(By.id("reset")).click();
    page.driver().switchTo().alert().accept();
    page.awaitFreshStart();
    assertThat(marker).doesNotExist();
    assertThat(page.done("register")).isFalse();
    assertThat(page.clock()).isEqualTo("09:00, Thứ Ba 01/12/2026");
    page.actAs(LAN);
    assertThat(page.newestBotId("#messages")).isZero();
    page.say("/start", "Xin chào", "Nguyễn Thị Lan");
    page.type("<b id=\"injected\">đậm</b>");
    page.awaitMine("<b id=\"injected\">đậm</b>");
    assertThat(page.driver().findElements(By.id("injected"))).as("chat text is text").isEmpty();

    assertThat(page.done("appraise")).isFalse();
    page.driver().findElement(By.id("sample")).click();
    page.awaitStatus("Đã có dữ liệu mẫu: N-1, N-2, N-3");
    for (String step : List.of("nominate", "endorse", "appraise")) {
      page.awaitDone(step);
    }
    page.say("/ballot_open", "Mở phiếu bầu kín", "N-1", "N-2", "N-3");
    page.screenshot("sandbox-10-sample-data-desktop");
  }

  private void switchAway(String main) {
    page.driver().getWindowHandles().stream()
        .filter(h -> !h.equals(main))
        .findFirst()
        .ifPresent(h -> page.driver().switchTo().window(h));
  }

  private void backTo(String main) {
    page.driver().close();
    page.driver().switchTo().window(main);
  }

  private static String pdfText(String url) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      return new PDFTextStripper().getText(pdf);
    }
  }
}
