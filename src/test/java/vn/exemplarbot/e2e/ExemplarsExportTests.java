package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.exemplarbot.e2e.BallotSteps.AN;
import static vn.exemplarbot.e2e.BallotSteps.SON;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * The website export and {@code /exemplars} through the emulator and over HTTP: a ballot passes a
 * person (with every Vietnamese diacritic in the name and HTML and Markdown special characters in
 * the achievements) and a collective; nothing shows while only one is decided; once the director
 * decides the other, the ballot is published and the three files, the endpoints and the chat list
 * show both; a roster correction shows after {@code /reload}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExemplarsExportTests {

  static final String NAME = "Nguyễn Đỗ Thị Ẩn Hằng Mỹ Ước";
  static final String SPECIAL = "<script>alert(1)</script> & *bold* _x_ [link](y)";
  static final String ACHIEVEMENTS =
      "Tiếng Việt đủ dấu: ă â đ ê ô ơ ư Ă Â Đ Ê Ô Ơ Ư à á ả ã ạ ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ è é ẻ ẽ ẹ"
          + " ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ; "
          + SPECIAL;
  static final long ADMIN = 100007;

  @TempDir static Path work;
  static BotHarness bot;
  static PublicationSteps publication;
  static ExportChecks export;

  @BeforeAll
  static void start() {
    bot = BotHarness.prepare(work);
    PublicationSteps.autoNumbering(bot.configDir());
    PublicationSteps.editRoster(bot.configDir(), "\"Đỗ Thị Hương\"", "\"" + NAME + "\"");
    bot.start();
    publication = new PublicationSteps(bot);
    export = new ExportChecks(bot);
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @Test
  @Order(1)
  void fromTheFirstStartTheExportSaysNoExemplarsArePublishedYet() {
    assertThat(export.file("index.html"))
        .contains("lang=\"vi\"", "<meta name=\"viewport\"", "Sở Ngoại vụ tỉnh Đồng Nai")
        .contains("Chưa có điển hình tiên tiến nào được công bố cho năm 2026");
    assertThat(export.file("exemplars-2026.html")).isEqualTo(export.file("index.html"));
    assertThat(ExportChecks.json(export.file("exemplars.json")).get("exemplars").size()).isZero();
    assertThat(ExportChecks.atom(export.file("exemplars.atom")).getEntries()).isEmpty();
    HttpResponse<String> missing = export.get("/exemplars-2019.html");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Không tìm thấy trang này");
  }

  @Test
  @Order(2)
  void aDecidedNominationStaysOutOfEveryListUntilItsBallotIsPublished() {
    publication.endorsedPerson(NAME, ACHIEVEMENTS, 1, AN);
    publication.ballot().endorsedCollective("Thanh tra Sở", 2);
    publication.passed(1, 1, 2);
    assertThat(publication.approved("N-1")).startsWith("1/QĐ-SNgV");
    assertThat(publication.ballot().state(1)).isEqualTo("recognised");

    EmulatedUser son = publication.steps().registered(SON);
    bot.exchange(son, "/exemplars", "Năm 2026 chưa có điển hình tiên tiến nào được công bố");
    for (String text : export.everythingPublic()) {
      assertThat(text).doesNotContain(NAME, "N-1", "1/QĐ-SNgV", "alert(1)");
    }
    assertThat(export.get("/exemplars").body()).contains("Chưa có điển hình tiên tiến nào");
  }

  @Test
  @Order(3)
  void publicationPutsBothInTheFilesTheEndpointsAndTheChatList() {
    publication.approved("N-2");
    awaitPublished();
    String page = export.file("index.html");
    assertThat(page)
        .contains(NAME, "Phó Trưởng phòng", "Tập thể Thanh tra Sở", "1/QĐ-SNgV", "2/QĐ-SNgV")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; *bold* _x_ [link](y)")
        .doesNotContain(SPECIAL);
    assertThat(page.indexOf("Phòng Hợp tác quốc tế</h2>"))
        .isPositive()
        .isLessThan(page.indexOf("Thanh tra Sở</h2>"));

    HttpResponse<String> html = export.get("/exemplars");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type").orElseThrow())
        .isEqualToIgnoringCase("text/html;charset=UTF-8");
    assertThat(html.body()).isEqualTo(page);
    assertThat(export.get("/exemplars?year=2026").body()).isEqualTo(page);
    assertThat(export.get("/exemplars/2026").body()).isEqualTo(page);
    assertThat(export.get("/exemplars-2026.html").body()).isEqualTo(page);
    HttpResponse<String> json = export.get("/exemplars.json");
    assertThat(json.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(json.body()).isEqualTo(export.file("exemplars.json"));
    HttpResponse<String> atom = export.get("/exemplars.atom");
    assertThat(atom.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/atom+xml");
    assertThat(atom.body()).isEqualTo(export.file("exemplars.atom"));
  }

  @Test
  @Order(4)
  void theChatListGroupsByDivisionAndAnswersBadAndEmptyYears() {
    EmulatedUser son = publication.steps().registered(SON);
    ChatMessage list = bot.exchange(son, "/exemplars", "Điển hình tiên tiến năm 2026 (2)");
    assertThat(list.text())
        .contains("▶ Phòng Hợp tác quốc tế\nN-1. Bà " + NAME + ", Phó Trưởng phòng")
        .contains("Thành tích: " + ACHIEVEMENTS.substring(0, 40))
        .contains("▶ Thanh tra Sở\nN-2. Tập thể Thanh tra Sở")
        .contains("Quyết định số 1/QĐ-SNgV", "Quyết định số 2/QĐ-SNgV");
    bot.exchange(son, "/exemplars 2026", "Điển hình tiên tiến năm 2026 (2)");
    bot.exchange(son, "/exemplars 2025", "Năm 2025 chưa có", "Các năm đã có: 2026.");
    bot.exchange(son, "/exemplars năm ngoái", "«năm ngoái» không phải là một năm");
  }

  @Test
  @Order(5)
  void theAtomFeedParsesWithEachExemplarAsAnEntry() {
    Feed feed = ExportChecks.atom(export.get("/exemplars.atom").body());
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).isEqualTo("Điển hình tiên tiến - Sở Ngoại vụ tỉnh Đồng Nai");
    assertThat(feed.getId()).startsWith("urn:uuid:");
    List<Entry> entries = feed.getEntries();
    assertThat(entries)
        .extracting(Entry::getTitle)
        .containsExactly(
            "Bà " + NAME + " (Phòng Hợp tác quốc tế), năm 2026",
            "Tập thể Thanh tra Sở (Thanh tra Sở), năm 2026");
    assertThat(entries).extracting(Entry::getId).allMatch(id -> id.startsWith("urn:uuid:"));
    assertThat(entries).extracting(Entry::getId).doesNotHaveDuplicates();
    Instant published = publishedAt();
    assertThat(entries).extracting(e -> e.getUpdated().toInstant()).containsOnly(published);
    assertThat(feed.getUpdated().toInstant()).isEqualTo(published);
    assertThat(entries.get(0).getContents().get(0).getValue()).isEqualTo(ACHIEVEMENTS);
    assertThat(entries.get(0).getSummary().getValue()).contains("Số 1/QĐ-SNgV ngày 01/12/2026");
  }

  @Test
  @Order(6)
  void theJsonHoldsItsDocumentedShapeAndTheExactText() {
    String text = export.get("/exemplars.json").body();
    assertThat(ExportChecks.schemaErrors(text)).isEmpty();
    JsonNode root = ExportChecks.json(text);
    assertThat(root.get("organization").asString()).isEqualTo("Sở Ngoại vụ tỉnh Đồng Nai");
    assertThat(root.get("currentYear").asInt()).isEqualTo(2026);
    JsonNode first = root.get("exemplars").get(0);
    assertThat(first.get("year").asInt()).isEqualTo(2026);
    assertThat(first.get("code").asString()).isEqualTo("N-1");
    assertThat(first.get("honorific").asString()).isEqualTo("Bà");
    assertThat(first.get("name").asString()).isEqualTo(NAME);
    assertThat(first.get("division").asString()).isEqualTo("Phòng Hợp tác quốc tế");
    assertThat(first.get("achievements").asString()).isEqualTo(ACHIEVEMENTS);
    assertThat(first.get("decisionNumber").asString()).isEqualTo("1/QĐ-SNgV");
    assertThat(first.get("decisionDate").asString()).isEqualTo("2026-12-01");
    JsonNode second = root.get("exemplars").get(1);
    assertThat(second.get("collective").asBoolean()).isTrue();
    assertThat(second.get("honorific").isNull()).isTrue();
    // The validator does check: an unknown (private) field is refused.
    String withPhone = text.replaceFirst("\"code\"", "\"phone\" : \"0912000102\", \"code\"");
    assertThat(ExportChecks.schemaErrors(withPhone)).isNotEmpty();
  }

  @Test
  @Order(7)
  void nothingPublicCarriesAPhoneATelegramIdOrAUsername() {
    export.carriesNothingPrivate();
  }

  @Test
  @Order(8)
  void aRealBrowserShowsTheNamesAndTheSpecialCharactersAsTextOnANarrowScreen() {
    new BrowserCheck(bot.port(), NAME, ACHIEVEMENTS).run();
  }

  @Test
  @Order(9)
  void aRosterCorrectionShowsAfterReload() throws IOException {
    PublicationSteps.editRoster(
        bot.configDir(),
        "\"" + NAME + "\"\n    honorific: \"Bà\"\n    position: \"Phó Trưởng phòng\"",
        "\"" + NAME + "\"\n    honorific: \"Bà\"\n    position: \"Chuyên viên chính\"");
    bot.exchange(publication.steps().registered(ADMIN), "/reload", "Đã đọc lại bot-config");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(export.get("/exemplars").body())
                    .contains(NAME, "Chuyên viên chính")
                    .doesNotContain("Phó Trưởng phòng"));
    assertThat(export.file("exemplars.json")).contains("Chuyên viên chính");
  }

  private static void awaitPublished() {
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () -> {
              assertThat(export.file("exemplars.json")).contains(NAME, "Thanh tra Sở");
              assertThat(export.file("exemplars.atom")).contains("N-2");
              assertThat(export.file("index.html")).contains(NAME);
            });
  }

  private static Instant publishedAt() {
    return Instant.ofEpochMilli(
        bot.bean(JdbcClient.class)
            .sql("SELECT published_at FROM publication")
            .query(Long.class)
            .single());
  }
}
