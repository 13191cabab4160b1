package vn.exemplarbot.e2e;

import static vn.exemplarbot.e2e.BallotSteps.BINH;
import static vn.exemplarbot.e2e.BallotSteps.DUC;
import static vn.exemplarbot.e2e.BallotSteps.LAN;
import static vn.exemplarbot.e2e.BallotSteps.SON;
import static vn.exemplarbot.e2e.BallotSteps.THANG;
import static vn.exemplarbot.e2e.BallotSteps.TUAN;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * From nominations to the publication moment, as people take the steps: nominate (with any
 * achievements), endorse, appraise, a ballot every member present agrees to, and the director's
 * approval with {@code documents.numbering: auto}, so that the approval of a ballot's last passed
 * nomination publishes it.
 */
final class PublicationSteps {

  private final BotHarness bot;
  private final BallotSteps ballot;
  private final NominationSteps steps;

  PublicationSteps(BotHarness bot) {
    this.bot = bot;
    this.ballot = new BallotSteps(bot);
    this.steps = ballot.steps();
  }

  BallotSteps ballot() {
    return ballot;
  }

  NominationSteps steps() {
    return steps;
  }

  /** Before start: decisions numbered by the bot, so an approval alone can publish. */
  static void autoNumbering(Path configDir) {
    edit(configDir.resolve("settings.yml"), "numbering: clerk", "numbering: auto");
  }

  /** Before start or before {@code /reload}: a text of {@code roster.yml} replaced. */
  static void editRoster(Path configDir, String from, String to) {
    edit(configDir.resolve("roster.yml"), from, to);
  }

  /** A person of Phòng Hợp tác quốc tế nominated by its staff member with these achievements. */
  void endorsedPerson(String name, String achievements, int code, long endorser) {
    EmulatedUser son = steps.registered(SON);
    ChatMessage step = bot.exchange(son, "/nominate", "Bước 1/8");
    step = steps.press(son, step, "Cá nhân", "thuộc phòng nào");
    step = steps.press(son, step, "Phòng Hợp tác quốc tế", "Chọn người");
    step = steps.press(son, step, name, "Bước 3/8");
    steps.press(son, step, "Chuyển đổi số", "Bước 4/8");
    bot.exchange(son, achievements, "Tiêu chuẩn 1/4");
    ChatMessage summary = steps.answerCriteriaAndFinish(son);
    steps.press(son, summary, "Gửi", "Đã gửi", "N-" + code);
    EmulatedUser head = steps.registered(endorser);
    ChatMessage card = bot.awaitText(head, "Đề cử N-" + code + " chờ bạn giới thiệu");
    ChatMessage confirm = steps.press(head, card, "Giới thiệu", "Giới thiệu đề cử N-" + code);
    steps.press(head, confirm, "Xác nhận", "Đã giới thiệu đề cử N-" + code);
  }

  /** Appraises the codes, opens ballot {@code number}, every member present agrees, closes it. */
  void passed(int number, int... codes) {
    for (int code : codes) {
      ballot.appraised(code);
    }
    ballot.open(number);
    for (int code : codes) {
      for (long member : List.of(BINH, TUAN, LAN, DUC, THANG)) {
        ballot.vote(steps.registered(member), "N-" + code, "Đồng ý");
      }
    }
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage confirm =
        bot.exchange(lan, "/ballot_close", "Đóng phiếu bầu số " + number + " ngay");
    steps.press(lan, confirm, "Xác nhận", "Đã đóng phiếu bầu số " + number);
  }

  /** The director approves the codes together; returns the decision's number as announced. */
  String approved(String... codes) {
    EmulatedUser binh = steps.registered(BINH);
    ChatMessage confirm =
        bot.exchange(binh, "/approve " + String.join(" ", codes), "Công nhận điển hình tiên tiến");
    ChatMessage done = steps.press(binh, confirm, "Xác nhận", "Quyết định số");
    return done.text().replaceAll("(?s).*Quyết định số (\\S+).*", "$1");
  }

  private static void edit(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new IllegalStateException("«" + from + "» is not in " + file);
      }
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
