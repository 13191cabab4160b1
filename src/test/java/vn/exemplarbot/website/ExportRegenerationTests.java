package vn.exemplarbot.website;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.decision.ExemplarsPublished;
import vn.exemplarbot.decision.RecognitionRevoked;
import vn.exemplarbot.e2e.BotHarness;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * The export follows the committed state of the database: the rows a publication or a revocation
 * writes are put in directly, as those commands would, and their event published in the same
 * transaction. Regenerated after the commit, never for a transaction that rolls back; a revoked
 * exemplar leaves the page, the JSON and the feed (and a year left without any loses its page).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportRegenerationTests {

  @TempDir static Path work;
  static BotHarness bot;
  static JdbcClient jdbc;
  static TransactionTemplate tx;
  static ApplicationEventPublisher events;

  @BeforeAll
  static void start() {
    bot = BotHarness.prepare(work).source(Events.class).start();
    jdbc = bot.bean(JdbcClient.class);
    tx = new TransactionTemplate(bot.bean(PlatformTransactionManager.class));
    events = bot.bean(Events.class).publisher;
  }

  /** The context's publisher, which is no bean of its own to look up. */
  static class Events {
    final ApplicationEventPublisher publisher;

    Events(ApplicationEventPublisher publisher) {
      this.publisher = publisher;
    }
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @Test
  @Order(1)
  void aPublishedBallotsExemplarsAppearAfterTheCommit() {
    assertThat(read("index.html")).contains("Chưa có điển hình tiên tiến nào");
    tx.executeWithoutResult(
        s -> {
          recognised(1, 1, 2026, "individual", "do-thi-huong", "HTQT");
          recognised(2, 2, 2025, "collective", null, "LS");
          events.publishEvent(new ExemplarsPublished(1));
          // Inside the transaction nothing is written yet.
          assertThat(read("exemplars.json")).doesNotContain("Đỗ Thị Hương");
        });
    for (String file : List.of("index.html", "exemplars-2026.html", "exemplars.json")) {
      assertThat(read(file)).contains("Đỗ Thị Hương");
    }
    assertThat(read("exemplars.atom")).contains("Bà Đỗ Thị Hương (Phòng Hợp tác quốc tế)");
    assertThat(read("exemplars-2025.html")).contains("Tập thể Phòng Lãnh sự");
    assertThat(read("index.html")).contains("href=\"exemplars-2025.html\"");
    assertThat(read("exemplars.json")).containsPattern("\"year\"\\s*:\\s*2025");
    assertThat(read("index.html"))
        .contains("Thành tích &lt;b&gt;nổi bật&lt;/b&gt;")
        .doesNotContain("<b>");
  }

  @Test
  @Order(2)
  void nothingIsExportedFromATransactionThatRollsBack() {
    tx.executeWithoutResult(
        s -> {
          recognised(3, 3, 2026, "individual", "truong-my-linh", "HTQT");
          events.publishEvent(new ExemplarsPublished(3));
          s.setRollbackOnly();
        });
    for (String file : files()) {
      assertThat(read(file)).doesNotContain("Trương Mỹ Linh");
    }
  }

  @Test
  @Order(3)
  void aRevokedExemplarLeavesEveryFile() {
    revoke(1);
    for (String file : files()) {
      assertThat(read(file)).doesNotContain("Đỗ Thị Hương", "N-1\"", "#N-1");
    }
    assertThat(read("index.html")).contains("Chưa có điển hình tiên tiến nào được công bố");
    assertThat(read("exemplars.json")).contains("Phòng Lãnh sự");
    assertThat(read("exemplars.atom")).contains("Tập thể Phòng Lãnh sự");
  }

  @Test
  @Order(4)
  void aYearLeftWithoutExemplarsLosesItsPage() {
    revoke(2);
    assertThat(work.resolve("data/site/exemplars-2025.html")).doesNotExist();
    assertThat(read("index.html")).doesNotContain("exemplars-2025.html");
    assertThat(read("exemplars.json")).doesNotContain("Phòng Lãnh sự");
    assertThat(read("exemplars.atom")).doesNotContain("<entry>");
  }

  @Test
  @Order(5)
  void aLongChatListIsSplitUnderTelegramsLimitRepeatingTheDivisionHeading() {
    tx.executeWithoutResult(
        s -> {
          for (int i = 0; i < 24; i++) {
            recognised(10 + i, 10 + i, 2026, "collective", null, i < 12 ? "LS" : "TT");
            jdbc.sql("UPDATE nomination SET achievements = :a WHERE id = :id")
                .param("a", "Thành tích dài ".repeat(60))
                .param("id", 10 + i)
                .update();
          }
        });
    EmulatedUser son = bot.user(100011, null, "Sơn");
    bot.exchange(son, "/start", "Xin chào");
    bot.exchange(son, "/exemplars", "Điển hình tiên tiến năm 2026 (24)");
    bot.awaitText(son, "N-33. Tập thể Thanh tra Sở");
    List<String> parts =
        son.chat().stream()
            .filter(m -> m.fromBot() && m.text() != null && m.text().contains("Thành tích:"))
            .map(ChatMessage::text)
            .toList();
    assertThat(parts).hasSizeGreaterThanOrEqualTo(3).allMatch(t -> t.length() <= 4096);
    String all = String.join("\n", parts);
    for (int code = 10; code < 34; code++) {
      assertThat(all).containsOnlyOnce("N-" + code + ". Tập thể");
    }
    assertThat(parts.get(0)).startsWith("Điển hình tiên tiến năm 2026 (24):\n\n▶ Phòng Lãnh sự\n");
    assertThat(parts.subList(1, parts.size()))
        .allMatch(t -> t.startsWith("▶ Phòng Lãnh sự (tiếp)\n") || t.startsWith("▶ Thanh tra Sở"));
    assertThat(all).contains("…");
  }

  private static void revoke(long nominationId) {
    tx.executeWithoutResult(
        s -> {
          jdbc.sql(
                  "INSERT INTO revocation (nomination_id, reason, revoked_by, revoked_at)"
                      + " VALUES (:n, 'Sai sót hồ sơ', 'tran-quoc-binh', 0)")
              .param("n", nominationId)
              .update();
          events.publishEvent(new RecognitionRevoked(nominationId));
        });
  }

  /** A recognised nomination, its numbered decision and its ballot's publication. */
  private static void recognised(
      long id, int ballot, int year, String kind, String person, String division) {
    jdbc.sql(
            "INSERT INTO nomination (id, code, cycle_year, proposer_id, kind, nominee_person_id,"
                + " nominee_division, movement, achievements, state, created_at, updated_at,"
                + " published_at) VALUES (:id, :id, :y, 'ngo-thanh-son', :k, :p, :d,"
                + " 'Chuyển đổi số', 'Thành tích <b>nổi bật</b>', 'recognised', 0, 0, 1)")
        .param("id", id)
        .param("y", year)
        .param("k", kind)
        .param("p", person)
        .param("d", division)
        .update();
    jdbc.sql(
            "INSERT INTO decision (id, ballot_id, number, decided_on, number_year, state, made_by,"
                + " made_at) VALUES (:id, :b, :n, :on, :y, 'numbered', 'tran-quoc-binh', 0)")
        .param("id", id)
        .param("b", ballot)
        .param("n", id + "/QĐ-SNgV")
        .param("on", year + "-12-20")
        .param("y", year)
        .update();
    jdbc.sql("INSERT INTO decision_item (decision_id, nomination_id, position) VALUES (:i, :i, 1)")
        .param("i", id)
        .update();
    jdbc.sql("INSERT INTO publication (ballot_id, published_at) VALUES (:b, :at)")
        .param("b", ballot)
        .param("at", 1_767_225_600_000L)
        .update();
  }

  private static List<String> files() {
    try (var list = Files.list(work.resolve("data/site"))) {
      return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String name) {
    try {
      return Files.readString(work.resolve("data/site").resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
