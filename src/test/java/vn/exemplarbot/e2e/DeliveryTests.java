package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;
import vn.exemplarbot.sandbox.FaultPlan;
import vn.exemplarbot.sandbox.FaultPlan.Fault;

/** Updates applied once; the outbox through faults, rate limits and a blocked user. */
class DeliveryTests {

  @TempDir static Path work;
  static BotHarness bot;

  @BeforeAll
  static void start() {
    bot =
        BotHarness.prepare(work)
            .property("telegram.request-timeout", "2s")
            .property("telegram.chat-interval", "1s")
            .property("exemplar.test.outbox-id-header", true)
            .start();
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @AfterEach
  void calm() {
    bot.emulator().faults(FaultPlan.none());
    bot.emulator().enforceRateLimits(false);
    assertThat(bot.emulator().violations()).isEmpty();
  }

  @Test
  void theSameUpdateTwiceChangesNothing() {
    EmulatedUser user = registered(100009, "Nguyễn Văn An");
    long toggle = user.send("/lang");
    bot.awaitText(user, "Switched to English");
    bot.emulator().redeliver(toggle);
    user.send("/help");
    bot.awaitText(user, "Your commands");
    assertThat(texts(user)).noneMatch(t -> t.contains("Đã chuyển sang Tiếng Việt"));
    assertThat(texts(user)).filteredOn(t -> t.contains("Switched to English")).hasSize(1);
    assertThat(handledPayloads()).isZero();
  }

  @Test
  void outboxThroughInjected429And500DeliversEachMessageExactlyOnce() {
    List<EmulatedUser> users = strangers(300100, 6);
    bot.emulator()
        .faults(
            FaultPlan.builder()
                .rate(0.3)
                .faults(Fault.TOO_MANY_REQUESTS, Fault.SERVER_ERROR)
                .seed(7)
                .build());
    List<String> expected = enqueue(users, 5, "lần-thử");
    awaitEach(users, expected);
    for (EmulatedUser user : users) {
      Map<String, Long> counts = counts(user);
      assertThat(counts.values()).allMatch(n -> n == 1);
    }
    assertThat(bot.emulator().requests()).anyMatch(r -> r.status() == 429);
    assertThat(bot.emulator().requests()).anyMatch(r -> r.status() == 500);
    assertRetryAfterHonoured();
    assertThat(textKeptForSettledRows()).isZero();
  }

  /** After a 429 with retry_after = 1, the next call to that chat comes at least a second later. */
  private static void assertRetryAfterHonoured() {
    List<vn.exemplarbot.sandbox.RecordedRequest> sends =
        bot.emulator().requests().stream().filter(r -> r.params().containsKey("chat_id")).toList();
    int checked = 0;
    for (int i = 0; i < sends.size(); i++) {
      var limited = sends.get(i);
      if (limited.status() != 429) {
        continue;
      }
      String chat = String.valueOf(limited.params().get("chat_id"));
      for (int j = i + 1; j < sends.size(); j++) {
        if (chat.equals(String.valueOf(sends.get(j).params().get("chat_id")))) {
          long gapMs = (sends.get(j).receivedNanos() - limited.receivedNanos()) / 1_000_000;
          assertThat(gapMs).as("gap after a 429 in chat %s", chat).isGreaterThanOrEqualTo(990);
          checked++;
          break;
        }
      }
    }
    assertThat(checked).isPositive();
  }

  /**
   * An outage's HTML {@code 502 Bad Gateway} (and 429s) between the bot and Telegram: not a refusal
   * (TelegramBots reads such a page as error code 0), so every message arrives, once.
   */
  @Test
  void htmlBadGatewaysInAnOutageAreRetriedNeverTakenForARefusal() {
    List<EmulatedUser> users = strangers(300600, 6);
    bot.emulator()
        .faults(
            FaultPlan.builder()
                .rate(0.3)
                .faults(Fault.BAD_GATEWAY_HTML, Fault.TOO_MANY_REQUESTS)
                .seed(5)
                .build());
    List<String> expected = enqueue(users, 5, "cổng-lỗi");
    awaitEach(users, expected);
    for (EmulatedUser user : users) {
      assertThat(counts(user).values()).allMatch(n -> n == 1);
      assertThat(refusedRowsFor(user.chatId())).isZero();
    }
    assertThat(bot.emulator().requests()).anyMatch(r -> r.status() == 502);
  }

  /**
   * Telegram delivered the message but its answer has fields the library cannot map: delivered,
   * never sent again, and its message id kept for later edits.
   */
  @Test
  void aDeliveredMessageWhoseAnswerCannotBeMappedIsSentOnceAndKeepsItsId() {
    EmulatedUser user = strangers(300700, 1).get(0);
    bot.emulator()
        .faults(FaultPlan.builder().rate(1.0).faults(Fault.UNMAPPABLE_OK).maxFaults(3).build());
    List<String> expected = enqueue(List.of(user), 3, "lạ");
    awaitEach(List.of(user), expected);
    await().atMost(Duration.ofSeconds(10)).until(() -> sentIds(user.chatId()).size() == 3);
    assertThat(counts(user).values()).containsOnly(1L);
    assertThat(sentIds(user.chatId()))
        .containsExactlyInAnyOrderElementsOf(
            user.chat().stream().map(ChatMessage::messageId).toList());
    assertThat(bot.emulator().requests())
        .filteredOn(r -> "UNMAPPABLE_OK".equals(r.fault()))
        .hasSize(3);
  }

  /** A 200 with an empty body may or may not have been done: tried again, never refused. */
  @Test
  void anEmptyAnswerIsAnUnknownFateAndIsTriedAgain() {
    EmulatedUser user = strangers(300800, 1).get(0);
    bot.emulator()
        .faults(FaultPlan.builder().rate(1.0).faults(Fault.EMPTY_OK).maxFaults(2).build());
    List<String> expected = enqueue(List.of(user), 2, "rỗng");
    awaitEach(List.of(user), expected);
    await().atMost(Duration.ofSeconds(10)).until(() -> sentIds(user.chatId()).size() == 2);
    assertThat(refusedRowsFor(user.chatId())).isZero();
    // Each empty answer came after the message was shown: a copy the bot could not know about.
    assertThat(counts(user).values()).allMatch(n -> n >= 1);
    assertThat(counts(user).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
    assertThat(bot.emulator().requests()).filteredOn(r -> "EMPTY_OK".equals(r.fault())).hasSize(2);
  }

  @Test
  void aCallThatHangsIsCutByItsTimeoutAndStallsNobody() {
    List<EmulatedUser> users = strangers(300500, 3);
    bot.emulator()
        .faults(
            FaultPlan.builder()
                .rate(1.0)
                .faults(Fault.SLOW)
                .slowDelay(Duration.ofSeconds(15))
                .maxFaults(1)
                .build());
    long start = System.nanoTime();
    List<String> expected = enqueue(users, 2, "chậm");
    awaitEach(users, expected);
    // Everything arrived before the hanging call (15 s) came back: it was cut at 2 s and retried.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(12));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> bot.emulator().requests().stream().anyMatch(r -> "SLOW".equals(r.fault())));
  }

  @Test
  void outboxThroughDroppedConnectionsDeliversEachMessageAtLeastOnce() {
    List<EmulatedUser> users = strangers(300200, 4);
    bot.emulator()
        .faults(
            FaultPlan.builder()
                .rate(0.3)
                .faults(Fault.DROP_BEFORE, Fault.DROP_AFTER)
                .seed(11)
                .build());
    List<String> expected = enqueue(users, 5, "mất-kết-nối");
    awaitEach(users, expected);
    assertThat(bot.emulator().requests()).anyMatch(r -> r.fault() != null);
    await().atMost(Duration.ofSeconds(20)).until(() -> pendingRows() == 0);

    // Every delivery names its outbox row (the test-only header); a row delivered twice had an
    // attempt whose fate was unknown (the connection dropped after the request was processed).
    List<vn.exemplarbot.sandbox.RecordedRequest> sends =
        bot.emulator().requests().stream()
            .filter(r -> r.method().equals("sendMessage"))
            .filter(r -> String.valueOf(r.params().get("text")).startsWith("mất-kết-nối"))
            .toList();
    assertThat(sends).allMatch(r -> r.outboxId() != null);
    Map<Long, Long> deliveries =
        sends.stream()
            .filter(r -> r.status() == 200 || "DROP_AFTER".equals(r.fault()))
            .collect(Collectors.groupingBy(r -> r.outboxId(), Collectors.counting()));
    assertThat(deliveries).hasSize(expected.size());
    deliveries.forEach(
        (row, times) -> {
          if (times > 1) {
            assertThat(unknownFates(row)).as("row %d delivered %d times", row, times).isPositive();
          }
        });
    assertThat(deliveries.values()).anyMatch(n -> n > 1);
  }

  private static int pendingRows() {
    return bot.bean(JdbcClient.class)
        .sql("SELECT count(*) FROM outbox WHERE status = 'pending'")
        .query(Integer.class)
        .single();
  }

  private static int unknownFates(long row) {
    return bot.bean(JdbcClient.class)
        .sql("SELECT unknown_fates FROM outbox WHERE id = :id")
        .param("id", row)
        .query(Integer.class)
        .single();
  }

  /**
   * A message Telegram took but answered without a readable id is recorded sent with none; a later
   * edit of it cannot name it, so its new text arrives as a new message instead of a refusal.
   */
  @Test
  void anEditOfAMessageSentWithoutAReadableIdArrivesAsANewMessage() {
    EmulatedUser user = strangers(300900, 1).get(0);
    bot.emulator()
        .faults(
            FaultPlan.builder()
                .rate(1.0)
                .faults(Fault.OK_WITHOUT_ID)
                .methods("sendMessage")
                .maxFaults(1)
                .build());
    long row =
        bot.bean(TransactionTemplate.class)
            .execute(
                tx -> bot.bean(Outbox.class).toChat(user.chatId(), new Message.Text("thẻ gốc")));
    await().atMost(Duration.ofSeconds(10)).until(() -> texts(user).contains("thẻ gốc"));
    JdbcClient jdbc = bot.bean(JdbcClient.class);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.sql(
                            "SELECT count(*) FROM outbox WHERE id = :id AND status = 'sent'"
                                + " AND message_id IS NULL")
                        .param("id", row)
                        .query(Integer.class)
                        .single()
                    == 1);
    bot.bean(TransactionTemplate.class)
        .executeWithoutResult(
            tx -> bot.bean(Outbox.class).editSent(row, new Message.Text("thẻ đã sửa")));
    await().atMost(Duration.ofSeconds(10)).until(() -> texts(user).contains("thẻ đã sửa"));
    assertThat(texts(user)).containsExactly("thẻ gốc", "thẻ đã sửa");
    assertThat(bot.emulator().requests())
        .noneMatch(
            r ->
                r.method().equals("editMessageText")
                    && String.valueOf(r.params().get("chat_id")).equals("" + user.chatId()));
  }

  @Test
  void rateLimitModeNeverAnswers429ToOurSender() {
    bot.emulator().enforceRateLimits(true);
    List<EmulatedUser> users = strangers(300300, 40);
    List<String> expected = enqueue(users, 2, "nhịp");
    List<String> burst = enqueue(users.subList(0, 1), 6, "dồn");
    awaitEach(users, expected);
    await().atMost(Duration.ofSeconds(30)).until(() -> texts(users.get(0)).containsAll(burst));
    assertThat(bot.emulator().rateLimited()).isZero();
  }

  @Test
  void aBlockedUserStallsNobodyAndLeavesATextFreeMarker() {
    List<EmulatedUser> users = strangers(300400, 2);
    EmulatedUser blocked = users.get(0);
    EmulatedUser other = users.get(1);
    blocked.blockBot(true);
    enqueue(List.of(blocked), 3, "bị-chặn");
    List<String> forOther = enqueue(List.of(other), 3, "vẫn-tới");
    awaitEach(List.of(other), forOther);
    await().atMost(Duration.ofSeconds(10)).until(() -> refusedRowsFor(blocked.chatId()) == 3);
    assertThat(textKeptForSettledRows()).isZero();
  }

  private EmulatedUser registered(long id, String name) {
    EmulatedUser user = bot.user(id, null, "x");
    bot.exchange(user, "/start", name);
    return user;
  }

  private List<EmulatedUser> strangers(long firstId, int count) {
    List<EmulatedUser> users = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      users.add(bot.user(firstId + i, null, "Khách " + i));
    }
    return users;
  }

  /** Puts {@code perUser} messages for each user in the outbox, as a module would. */
  private List<String> enqueue(List<EmulatedUser> users, int perUser, String tag) {
    List<String> texts = new ArrayList<>();
    bot.bean(TransactionTemplate.class)
        .executeWithoutResult(
            tx -> {
              for (EmulatedUser user : users) {
                for (int i = 0; i < perUser; i++) {
                  String text = tag + " " + user.id() + "/" + i;
                  bot.bean(Outbox.class).toChat(user.chatId(), new Message.Text(text));
                  texts.add(text);
                }
              }
            });
    return texts;
  }

  private void awaitEach(List<EmulatedUser> users, List<String> expected) {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              List<String> all = users.stream().flatMap(u -> texts(u).stream()).toList();
              assertThat(all).containsAll(expected);
            });
  }

  private static List<String> texts(EmulatedUser user) {
    return user.chat().stream().filter(ChatMessage::fromBot).map(ChatMessage::text).toList();
  }

  private static Map<String, Long> counts(EmulatedUser user) {
    return texts(user).stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static JdbcClient jdbc() {
    return bot.bean(JdbcClient.class);
  }

  private static int textKeptForSettledRows() {
    return jdbc()
        .sql(
            "SELECT COUNT(*) FROM outbox WHERE status IN ('sent', 'refused') AND payload IS NOT NULL")
        .query(Integer.class)
        .single();
  }

  private static int refusedRowsFor(long chatId) {
    return jdbc()
        .sql("SELECT COUNT(*) FROM outbox WHERE status = 'refused' AND chat_id = :c")
        .param("c", chatId)
        .query(Integer.class)
        .single();
  }

  private static List<Long> sentIds(long chatId) {
    return jdbc()
        .sql("SELECT message_id FROM outbox WHERE status = 'sent' AND chat_id = :c")
        .param("c", chatId)
        .query(Long.class)
        .list();
  }

  private static int handledPayloads() {
    return jdbc()
        .sql("SELECT COUNT(*) FROM inbox WHERE handled_at IS NOT NULL AND payload IS NOT NULL")
        .query(Integer.class)
        .single();
  }
}
