package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/** The ballot as the council lives it, shared by the ballot tests. */
final class BallotSteps {

  static final long BINH = 100001; // director, chair, member
  static final long HA = 100002; // member, registers by username (late)
  static final long TUAN = 100003; // member
  static final long LAN = 100004; // secretary, member, head of VP
  static final long AN = 100009; // member, head of HTQT
  static final long DUC = 100014; // member, head of LS
  static final long THANG = 100023; // member, head of TT
  static final long SON = 100011; // staff of HTQT

  private final BotHarness bot;
  private final NominationSteps steps;

  BallotSteps(BotHarness bot) {
    this.bot = bot;
    this.steps = new NominationSteps(bot);
  }

  NominationSteps steps() {
    return steps;
  }

  /** Seven members, {@code >= 4/7} of all members to pass, abstention allowed. */
  static void councilRules(Path configDir) {
    Path settings = configDir.resolve("settings.yml");
    try {
      String text =
          Files.readString(settings)
              .replace("pass-threshold: \"> 50%\"", "pass-threshold: \">= 4/7\"")
              .replace("allow-abstain: false", "allow-abstain: true");
      Files.writeString(settings, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  EmulatedUser ha() {
    EmulatedUser ha = bot.user(HA, "lethithuha", "Hà");
    if (ha.chat().isEmpty()) {
      bot.exchange(ha, "/start", "Xin chào");
    }
    return ha;
  }

  /** Submitted by SON (HTQT), endorsed by its head or, for the head himself, the secretary. */
  void endorsedPerson(String name, int code, long endorser) {
    EmulatedUser son = steps.registered(SON);
    ChatMessage summary = steps.summaryOfPerson(son, "Phòng Hợp tác quốc tế", name);
    steps.press(son, summary, "Gửi", "Đã gửi", "N-" + code);
    endorse(endorser, code);
  }

  void endorsedCollective(String division, int code) {
    EmulatedUser thang = steps.registered(THANG);
    ChatMessage summary = steps.summaryOfCollective(thang, division);
    steps.press(thang, summary, "Gửi", "Đã gửi", "N-" + code);
    endorse(LAN, code);
  }

  private void endorse(long endorser, int code) {
    EmulatedUser head = steps.registered(endorser);
    ChatMessage card = bot.awaitText(head, "Đề cử N-" + code + " chờ bạn giới thiệu");
    ChatMessage confirm = steps.press(head, card, "Giới thiệu", "Giới thiệu đề cử N-" + code);
    steps.press(head, confirm, "Xác nhận", "Đã giới thiệu đề cử N-" + code);
  }

  /**
   * Stands in for the secretary's appraisal (another engineer's work at the time of writing): once
   * appraisal lands, replace this with pressing {@code Đạt} in {@code /appraise}.
   */
  /**
   * The dossier appraised as complete by whoever was asked: the council secretary, or the chair
   * when the secretary proposed it: {@code Đạt}, then {@code Xác nhận}, on the card they got.
   */
  void appraised(int code) {
    String title = "Hồ sơ N-" + code + " chờ thẩm định";
    List<EmulatedUser> appraisers = List.of(steps.registered(LAN), steps.registered(BINH));
    ChatMessage card =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> cardOf(appraisers, title), c -> c != null);
    EmulatedUser appraiser =
        appraisers.stream().filter(u -> u.chat().contains(card)).findFirst().orElseThrow();
    ChatMessage confirm = steps.press(appraiser, card, "Đạt", "Xác nhận hồ sơ N-" + code);
    steps.press(appraiser, confirm, "Xác nhận", "Đã thẩm định đạt hồ sơ N-" + code);
  }

  private static ChatMessage cardOf(List<EmulatedUser> appraisers, String title) {
    return appraisers.stream()
        .flatMap(u -> u.chat().stream())
        .filter(m -> m.fromBot() && m.text() != null && m.text().contains(title))
        .filter(m -> !m.buttons().isEmpty())
        .reduce((first, second) -> second)
        .orElse(null);
  }

  ChatMessage open(int ballot) {
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage preview = bot.exchange(lan, "/ballot_open", "Mở phiếu bầu kín");
    return steps.press(lan, preview, "Xác nhận", "Đã mở phiếu bầu kín số " + ballot);
  }

  /** The member's message of this nomination, as it reads now. */
  ChatMessage card(EmulatedUser member, String code) {
    return bot.emulator()
        .awaitBotMessage(
            member.chatId(),
            m ->
                m.text() != null
                    && (m.text().startsWith("Đề cử " + code + "\n")
                        || m.text().startsWith("Đề cử " + code + " (")),
            Duration.ofSeconds(10));
  }

  /** Presses the choice, then {@code Xác nhận}; returns the receipt shown. */
  String vote(EmulatedUser member, String code, String label) {
    ChatMessage card = card(member, code);
    ChatMessage confirm = steps.press(member, card, label, "bạn chọn «" + label + "»");
    ChatMessage done = steps.press(member, confirm, "Xác nhận", "Đã bỏ phiếu", "Mã phiếu");
    assertThat(done.text()).doesNotContain(label);
    return done.text().replaceAll("(?s).*Mã phiếu của bạn: (\\w+).*", "$1");
  }

  /** Waits for the n-th bot message with these fragments; returns it. */
  ChatMessage awaitNth(EmulatedUser user, int n, String... fragments) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> withText(user, fragments), found -> found.size() >= n)
        .get(n - 1);
  }

  List<ChatMessage> withText(EmulatedUser user, String... fragments) {
    return bot.emulator().chat(user.chatId()).stream()
        .filter(m -> m.fromBot() && m.text() != null)
        .filter(m -> Stream.of(fragments).allMatch(m.text()::contains))
        .toList();
  }

  String state(int code) {
    return bot.bean(JdbcClient.class)
        .sql("SELECT state FROM nomination WHERE code = :c")
        .param("c", code)
        .query(String.class)
        .single();
  }
}
