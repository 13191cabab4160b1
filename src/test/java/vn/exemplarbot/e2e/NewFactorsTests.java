package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.fostering.Fostering;
import vn.exemplarbot.fostering.Listing;
import vn.exemplarbot.fostering.NewFactor;
import vn.exemplarbot.fostering.Subject;
import vn.exemplarbot.fostering.internal.FactorRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * Step 8 of the domain: new factors join the list from endorsed nominations or directly, are
 * followed up with dated notes by their division head or the secretary, and carry over to the next
 * cycle.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewFactorsTests {

  static final String HTQT = "Phòng Hợp tác quốc tế";
  static final long AN = 100009; // head of HTQT
  static final long LAN = 100004; // council secretary, head of VP
  static final long SON = 100011; // staff of HTQT
  static final long DUC = 100014; // head of LS
  static final long ADMIN = 100007;
  static final long STRANGER = 999002;

  @TempDir static Path work;
  static BotHarness bot;
  static NominationSteps steps;

  @BeforeAll
  static void start() throws IOException {
    bot = BotHarness.prepare(work);
    StringBuilder more = new StringBuilder("\n");
    for (int i = 1; i <= 10; i++) {
      more.append("  - { id: can-bo-bg-")
          .append(i)
          .append(", name: \"Cán bộ Biên giới ")
          .append(i)
          .append("\", position: \"Chuyên viên\", division: BG }\n");
    }
    Files.writeString(
        bot.configDir().resolve("roster.yml"), more.toString(), StandardOpenOption.APPEND);
    bot.start();
    steps = new NominationSteps(bot);
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @Test
  @Order(1)
  void aNomineeProposedAsANewFactorIsListedWhenEndorsedAndANoIsNot() {
    EmulatedUser son = steps.registered(SON);
    EmulatedUser an = steps.registered(AN);
    bot.exchange(an, "/newfactors", "Chưa có nhân tố mới nào");

    ChatMessage summary = summaryProposingNewFactor(son, "Đỗ Thị Hương");
    assertThat(summary.text()).contains("Đề xuất nhân tố mới: Có");
    steps.press(son, summary, "Gửi", "Đã gửi", "N-1");
    endorse(an, "N-1");
    steps.press(son, steps.summaryOfPerson(son, HTQT, "Trương Mỹ Linh"), "Gửi", "Đã gửi", "N-2");
    endorse(an, "N-2");

    List<ChatMessage> list = newFactors(an, "Đỗ Thị Hương");
    assertThat(list.get(0).text()).contains("Nhân tố mới cần theo dõi, bồi dưỡng (1)");
    assertThat(list.get(0).buttons())
        .extracting(ChatMessage.Button::text)
        .containsExactly("Thêm nhân tố mới");
    assertThat(text(list))
        .contains(HTQT, "1. Đỗ Thị Hương — Phó Trưởng phòng")
        .contains("Theo dõi từ năm 2026; đề xuất trong đề cử N-1.", "Chưa có ghi chú.")
        .doesNotContain("Trương Mỹ Linh");
    assertThat(bot.bean(AuditLog.class).byAction("newfactor-added"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("nguyen-van-an");
              assertThat(e.subject()).isEqualTo("do-thi-huong");
            });
  }

  @Test
  @Order(2)
  void aDivisionHeadAddsOneOfTheirOwnAndAnEndorsedNominationDoesNotListThemTwice() {
    EmulatedUser an = steps.registered(AN);
    ChatMessage kind = startAdding(an);
    ChatMessage division = steps.press(an, kind, "Cá nhân", "thuộc phòng nào");
    assertThat(division.buttons())
        .extracting(ChatMessage.Button::text)
        .containsExactly(HTQT, "Hủy");
    ChatMessage people = steps.press(an, division, HTQT, "Chọn người trong " + HTQT);
    assertThat(steps.pressForAlert(an, people, "Đỗ Thị Hương"))
        .contains("Đỗ Thị Hương đã có trong danh sách nhân tố mới");
    ChatMessage confirm = steps.press(an, people, "Ngô Thanh Sơn", "Thêm Ngô Thanh Sơn");
    assertThat(confirm.text()).contains("Chuyên viên, " + HTQT);
    steps.press(an, confirm, "Xác nhận", "Đã thêm Ngô Thanh Sơn (Chuyên viên, " + HTQT + ")");

    EmulatedUser lan = steps.registered(LAN);
    ChatMessage summary = summaryProposingNewFactor(lan, "Ngô Thanh Sơn");
    steps.press(lan, summary, "Gửi", "Đã gửi", "N-3");
    endorse(an, "N-3");
    assertThat(factors())
        .filteredOn(f -> "ngo-thanh-son".equals(f.subject().personId()))
        .hasSize(1);
    assertThat(text(newFactors(an, "Ngô Thanh Sơn")))
        .contains("2. Ngô Thanh Sơn — Chuyên viên")
        .contains("Theo dõi từ năm 2026; do Nguyễn Văn An thêm ngày 01/12/2026.")
        .doesNotContain("đề cử N-3");
  }

  @Test
  @Order(3)
  void theSecretaryAddsInAnyDivisionPagingThroughItsPeople() {
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage kind = startAdding(lan);
    ChatMessage divisions = steps.press(lan, kind, "Tập thể", "Tập thể (phòng) nào");
    assertThat(divisions.buttons()).hasSize(7);
    ChatMessage confirm = steps.press(lan, divisions, "Phòng Lãnh sự", "Thêm Phòng Lãnh sự");
    steps.press(lan, confirm, "Xác nhận", "Đã thêm Phòng Lãnh sự");

    kind = startAdding(lan);
    divisions = steps.press(lan, kind, "Cá nhân", "thuộc phòng nào");
    ChatMessage first = steps.press(lan, divisions, "Phòng Quản lý biên giới", "trang 1/2");
    assertThat(first.buttons()).extracting(ChatMessage.Button::text).doesNotContain("‹ Trước");
    ChatMessage second = steps.press(lan, first, "Sau ›", "trang 2/2");
    assertThat(second.buttons()).extracting(ChatMessage.Button::text).doesNotContain("Sau ›");
    assertThat(steps.pressForAlert(lan, first, "Sau ›")).contains("hết hiệu lực");
    confirm = steps.press(lan, second, "Cán bộ Biên giới 10", "Thêm Cán bộ Biên giới 10");
    steps.press(lan, confirm, "Xác nhận", "Đã thêm Cán bộ Biên giới 10");

    kind = startAdding(lan);
    steps.press(lan, kind, "Hủy", "Đã hủy");
    assertThat(factors()).hasSize(4);
    assertThat(text(newFactors(lan, "Cán bộ Biên giới 10")))
        .contains("▶ Phòng Lãnh sự", "Phòng Lãnh sự — tập thể", "do Nguyễn Thị Lan thêm")
        .contains("▶ Phòng Quản lý biên giới");
  }

  @Test
  @Order(4)
  void aHeadCannotAddOrAnnotateInAnotherDivisionWhateverTheButtonDataSays() {
    EmulatedUser an = steps.registered(AN);
    ChatMessage kind = startAdding(an);
    ChatMessage division = steps.press(an, kind, "Tập thể", "Tập thể (phòng) nào");
    String own = NominationSteps.button(division, HTQT).callbackData();
    String seq = own.split(":")[1];
    assertThat(steps.forAlert(an, division.messageId(), "nfa:" + seq + ":div:3"))
        .contains("chỉ được thêm nhân tố mới của phòng mình");
    assertThat(steps.forAlert(an, division.messageId(), "nfa:" + seq + ":ok"))
        .contains("hết hiệu lực");
    assertThat(steps.forAlert(an, division.messageId(), "nfa:" + seq + ":div:99"))
        .contains("hết hiệu lực");

    EmulatedUser duc = steps.registered(DUC);
    long huong = factorOf("do-thi-huong").id();
    long own2 = bot.exchange(duc, "/newfactors", "Nhân tố mới cần theo dõi").messageId();
    assertThat(steps.forAlert(duc, own2, "nfn:" + huong)).contains("không được ghi chú");
    ChatMessage ducList = newFactors(duc, "Phòng Lãnh sự — tập thể").get(1);
    assertThat(ducList.buttons())
        .extracting(ChatMessage.Button::text)
        .containsExactly("Thêm ghi chú: Phòng Lãnh sự");
    assertThat(factors()).hasSize(4);
    assertThat(bot.bean(AuditLog.class).byAction("newfactor-note")).isEmpty();
  }

  @Test
  @Order(5)
  void notesAreDatedByTheClockShownInOrderAndGarbageIsRefused() {
    EmulatedUser an = steps.registered(AN);
    EmulatedUser lan = steps.registered(LAN);
    note(an, "Đỗ Thị Hương", "Được giao chủ trì hội nghị hợp tác", "01/12/2026");
    bot.clock().set(LocalDateTime.of(2026, 12, 15, 10, 0));
    ChatMessage ask = askNote(lan, "Đỗ Thị Hương");
    lan.sendSticker();
    bot.awaitText(lan, "Xin gõ ghi chú bằng chữ");
    bot.exchange(lan, "👍🎉", "chưa có nội dung");
    bot.exchange(lan, "x".repeat(1001), "quá giới hạn 1.000 ký tự");
    bot.exchange(lan, "Hoàn thành tốt đợt đón đoàn", "Đã lưu ghi chú ngày 15/12/2026");
    assertThat(ask.text()).contains("tối đa 1.000 ký tự");
    bot.clock().set(LocalDateTime.of(2027, 1, 5, 8, 0));
    note(an, "Đỗ Thị Hương", "Đề nghị cử đi học lớp ngoại ngữ", "05/01/2027");
    askNote(an, "Đỗ Thị Hương");
    bot.exchange(an, "/cancel", "Đã thoát bước đang làm");
    bot.exchange(an, "Ghi chú sau khi thoát", "Tôi chưa hiểu tin nhắn này");

    String shown = text(newFactors(an, "Đề nghị cử đi học"));
    assertThat(shown)
        .contains("Ghi chú (3):")
        .containsSubsequence(
            "• 01/12/2026, Nguyễn Văn An: Được giao chủ trì hội nghị hợp tác",
            "• 15/12/2026, Nguyễn Thị Lan: Hoàn thành tốt đợt đón đoàn",
            "• 05/01/2027, Nguyễn Văn An: Đề nghị cử đi học lớp ngoại ngữ")
        .doesNotContain("Ghi chú sau khi thoát");
    bot.clock().set(LocalDateTime.of(2027, 1, 6, 8, 0));
    note(lan, "Đỗ Thị Hương", "Đã đăng ký lớp học", "06/01/2027");
    shown = text(newFactors(lan, "Đã đăng ký lớp học"));
    assertThat(shown)
        .contains("Ghi chú: 3 ghi chú mới nhất trong tổng số 4:")
        .doesNotContain("Được giao chủ trì hội nghị")
        .containsSubsequence("Hoàn thành tốt đợt đón đoàn", "Đã đăng ký lớp học");
    assertThat(bot.bean(AuditLog.class).byAction("newfactor-note"))
        .hasSize(4)
        .allMatch(e -> "do-thi-huong".equals(e.subject()));
  }

  @Test
  @Order(6)
  void plainStaffAndStrangersAreRefusedWhateverTheyPress() {
    EmulatedUser son = steps.registered(SON);
    bot.exchange(son, "/newfactors", "không dành cho vai trò của bạn");
    long own = bot.exchange(son, "/help", "/nominate").messageId();
    long huong = factorOf("do-thi-huong").id();
    assertThat(steps.forAlert(son, own, "nfn:" + huong)).contains("không được ghi chú");
    assertThat(steps.forAlert(son, own, "nfa:new")).contains("Chỉ trưởng phòng");
    assertThat(steps.forAlert(son, own, "nfa:1:div:2")).contains("Chỉ trưởng phòng");
    assertThat(steps.forAlert(son, own, "nfa:1:ok")).contains("Chỉ trưởng phòng");
    bot.exchange(son, "Ghi chú giả mạo", "Tôi chưa hiểu tin nhắn này");

    EmulatedUser stranger = bot.user(STRANGER, null, "x");
    long greeting = bot.exchange(stranger, "/start", "").messageId();
    assertThat(steps.forAlert(stranger, greeting, "nfn:" + huong)).contains("chưa đăng ký");
    assertThat(steps.forAlert(stranger, greeting, "nfa:new")).contains("chưa đăng ký");
    bot.exchange(stranger, "/newfactors", "chưa đăng ký");

    assertThat(factors()).hasSize(4);
    assertThat(bot.bean(AuditLog.class).byAction("newfactor-note")).hasSize(4);
  }

  @Test
  @Order(7)
  void theListAndItsNotesCarryOverToTheNextCycle() throws IOException {
    Path settings = bot.configDir().resolve("settings.yml");
    String good = Files.readString(settings);
    String next =
        good.replace("year: 2026", "year: 2027")
            .replace("division-plans-due: 2026-12-15T00:00", "division-plans-due: 2027-12-15T00:00")
            .replace("nominations-due: 2026-12-31T00:00", "nominations-due: 2027-12-31T00:00")
            .replace("recognition-due: 2027-01-10T00:00", "recognition-due: 2028-01-10T00:00");
    assertThat(next).contains("year: 2027", "2027-12-15T00:00", "2028-01-10T00:00");
    Files.writeString(settings, next);
    EmulatedUser admin = bot.user(ADMIN, "huynhducthinh", "Thịnh");
    bot.exchange(admin, "/start", "Huỳnh Đức Thịnh");
    bot.exchange(admin, "/reload", "Đã đọc lại bot-config");
    assertThat(bot.bean(Directory.class).settings().cycle().year()).isEqualTo(2027);

    EmulatedUser an = steps.registered(AN);
    String shown = text(newFactors(an, "Đã đăng ký lớp học"));
    assertThat(shown)
        .contains("Nhân tố mới cần theo dõi, bồi dưỡng (4)")
        .contains(
            "Đỗ Thị Hương — Phó Trưởng phòng", "Theo dõi từ năm 2026; đề xuất trong đề cử N-1")
        .contains("Ngô Thanh Sơn", "Phòng Lãnh sự — tập thể", "Cán bộ Biên giới 10")
        .contains("• 06/01/2027, Nguyễn Thị Lan: Đã đăng ký lớp học");

    ChatMessage people =
        steps.press(
            an, steps.press(an, startAdding(an), "Cá nhân", "thuộc phòng nào"), HTQT, "Chọn");
    ChatMessage confirm = steps.press(an, people, "Trương Mỹ Linh", "Thêm Trương Mỹ Linh");
    steps.press(an, confirm, "Xác nhận", "Đã thêm Trương Mỹ Linh");
    assertThat(text(newFactors(an, "Trương Mỹ Linh")))
        .contains("Nhân tố mới cần theo dõi, bồi dưỡng (5)")
        .contains("Theo dõi từ năm 2027; do Nguyễn Văn An thêm ngày 06/01/2027");
  }

  @Test
  @Order(8)
  void underLangEnTheListAndItsButtonsAreEnglish() {
    EmulatedUser duc = steps.registered(DUC);
    bot.exchange(duc, "/lang en", "Switched to English");
    long before = lastMessageId(duc);
    duc.send("/newfactors");
    ChatMessage list =
        bot.emulator()
            .awaitBotMessage(
                duc.chatId(),
                m -> m.messageId() > before && m.text() != null && m.text().contains("▶"),
                Duration.ofSeconds(10));
    ChatMessage title = after(duc, before).get(0);
    assertThat(title.text()).startsWith("New factors to follow up and foster (5)");
    assertThat(list.text())
        .contains("Phòng Lãnh sự — collective", "Followed since 2026; added by Nguyễn Thị Lan on")
        .contains("Đỗ Thị Hương — Phó Trưởng phòng", "proposed in nomination N-1")
        .contains("Notes: the latest 3 of 4:");
    assertThat(list.buttons())
        .extracting(ChatMessage.Button::text)
        .containsExactly("Add a note: Phòng Lãnh sự");
    ChatMessage kind = steps.press(duc, title, "Add a new factor", "an individual or a collective");
    assertThat(kind.buttons())
        .extracting(ChatMessage.Button::text)
        .containsExactly("Individual", "Collective", "Cancel");
    steps.press(duc, kind, "Cancel", "Cancelled; the list is as it was.");
    bot.exchange(duc, "/lang vi", "Đã chuyển sang Tiếng Việt");
  }

  @Test
  @Order(9)
  void aLongListIsSplitUnderTelegramsLimitEveryFactorStillListed() {
    Fostering fostering = bot.bean(Fostering.class);
    List<Person> people = bot.bean(Directory.class).roster().people();
    List<Listing> listings =
        bot.bean(TransactionTemplate.class)
            .execute(
                tx ->
                    people.stream()
                        .map(
                            p ->
                                fostering.follow(
                                    Subject.individual(p.id(), p.divisionCode()),
                                    "Điển hình tiên tiến năm 2026, Quyết định số 12/QĐ-SNgV"))
                        .toList());
    assertThat(listings).filteredOn(Listing.AlreadyListed.class::isInstance).hasSize(4);
    assertThat(factors()).hasSize(people.size() + 1);
    EmulatedUser lan = steps.registered(LAN);
    String longNote = "Tham gia đoàn công tác biên giới. ".repeat(28);
    for (String name : List.of("Lâm Văn Thắng", "Châu Thị Bé")) {
      for (int i = 1; i <= 3; i++) {
        note(lan, name, i + " " + longNote, "/2027");
      }
    }

    long before = lastMessageId(lan);
    lan.send("/newfactors");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(text(after(lan, before)))
                    .contains(people.stream().map(Person::name).toArray(String[]::new)));
    List<ChatMessage> list = after(lan, before);
    assertThat(list).hasSizeGreaterThanOrEqualTo(5).allMatch(m -> m.text().length() <= 4096);
    assertThat(text(list))
        .contains("Nhân tố mới cần theo dõi, bồi dưỡng (" + (people.size() + 1) + ")")
        .contains("▶ Phòng Quản lý biên giới (tiếp)", "▶ Thanh tra Sở (tiếp)")
        .contains("điển hình tiên tiến: Điển hình tiên tiến năm 2026");
    assertThat(list.stream().mapToLong(m -> m.buttons().size()).sum())
        .isEqualTo(people.size() + 1 + 1);
    assertThat(bot.emulator().violations()).isEmpty();
  }

  /** From {@code /nominate} to the summary of a person of HTQT proposed as a new factor. */
  private ChatMessage summaryProposingNewFactor(EmulatedUser user, String name) {
    ChatMessage step = bot.exchange(user, "/nominate", "Bước 1/8");
    step = steps.press(user, step, "Cá nhân", "thuộc phòng nào");
    step = steps.press(user, step, HTQT, "Chọn người");
    step = steps.press(user, step, name, "Bước 3/8");
    steps.press(user, step, "Chuyển đổi số", "Bước 4/8");
    bot.exchange(user, "Thành tích của " + name, "Tiêu chuẩn 1/4");
    for (int i = 1; i <= 3; i++) {
      bot.exchange(user, "Trả lời " + i, "Tiêu chuẩn " + (i + 1) + "/4");
    }
    ChatMessage files = bot.exchange(user, "Trả lời 4", "Bước 6/8");
    ChatMessage factor = steps.press(user, files, "Bỏ qua", "Bước 7/8");
    return steps.press(user, factor, "Có", "Bước 8/8");
  }

  private void endorse(EmulatedUser head, String code) {
    ChatMessage card = bot.awaitText(head, "Đề cử " + code + " chờ bạn giới thiệu");
    ChatMessage confirm = steps.press(head, card, "Giới thiệu", "Giới thiệu đề cử " + code);
    steps.press(head, confirm, "Xác nhận", "Đã giới thiệu đề cử " + code);
  }

  private ChatMessage startAdding(EmulatedUser user) {
    ChatMessage title = bot.exchange(user, "/newfactors", "Nhân tố mới cần theo dõi");
    return steps.press(user, title, "Thêm nhân tố mới", "cá nhân hay một tập thể");
  }

  private ChatMessage askNote(EmulatedUser user, String name) {
    ChatMessage entry =
        newFactors(user, name).stream()
            .filter(
                m -> m.buttons().stream().anyMatch(b -> b.text().equals("Thêm ghi chú: " + name)))
            .findFirst()
            .orElseThrow();
    return steps.press(user, entry, "Thêm ghi chú: " + name, "Nhập ghi chú theo dõi cho " + name);
  }

  private void note(EmulatedUser user, String name, String text, String date) {
    askNote(user, name);
    bot.exchange(user, text, "Đã lưu ghi chú ngày", date, name);
  }

  /**
   * Sends {@code /newfactors}; waits until its messages (from its title on, so that the tail of an
   * earlier list does not count) contain the fragment.
   */
  private List<ChatMessage> newFactors(EmulatedUser user, String fragment) {
    long before = lastMessageId(user);
    user.send("/newfactors");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(text(listAfter(user, before))).contains(fragment));
    return listAfter(user, before);
  }

  private static List<ChatMessage> listAfter(EmulatedUser user, long before) {
    List<ChatMessage> messages = after(user, before);
    for (int i = 0; i < messages.size(); i++) {
      if (messages.get(i).text().startsWith("Nhân tố mới cần theo dõi")) {
        return messages.subList(i, messages.size());
      }
    }
    return List.of();
  }

  private static List<ChatMessage> after(EmulatedUser user, long before) {
    return bot.emulator().chat(user.chatId()).stream()
        .filter(m -> m.fromBot() && m.messageId() > before && m.text() != null)
        .toList();
  }

  private static String text(List<ChatMessage> messages) {
    return String.join("\n", messages.stream().map(ChatMessage::text).toList());
  }

  private static long lastMessageId(EmulatedUser user) {
    return user.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
  }

  private static List<NewFactor> factors() {
    return bot.bean(FactorRows.class).all();
  }

  private static NewFactor factorOf(String personId) {
    return factors().stream()
        .filter(f -> personId.equals(f.subject().personId()))
        .findFirst()
        .orElseThrow();
  }
}
