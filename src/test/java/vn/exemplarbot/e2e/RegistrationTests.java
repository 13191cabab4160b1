package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

class RegistrationTests {

  @TempDir static Path work;
  static BotHarness bot;

  @BeforeAll
  static void start() {
    bot = BotHarness.started(work);
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @AfterEach
  void everyRequestFollowedTheSpecification() {
    assertThat(bot.emulator().violations()).isEmpty();
  }

  @Test
  void registersByTelegramIdAndGreetsWithNameAndDivision() {
    EmulatedUser director = bot.user(100001, null, "Bình");
    director.send("/start");
    ChatMessage greeting = bot.awaitText(director, "Trần Quốc Bình", "Ban Giám đốc");
    assertThat(greeting.text()).contains("Giám đốc").contains("Xin chào");
  }

  @Test
  void registersByUsernameIgnoringCase() {
    EmulatedUser deputy = bot.user(200002, "LeThiThuHa", "Hà");
    bot.exchange(deputy, "/start", "Lê Thị Thu Hà", "Ban Giám đốc");
  }

  @Test
  void registersByOwnContactInEachPhoneForm() {
    registerByContact(200101, "+84913000105", "Võ Văn Hùng"); // roster: "0913 000 105"
    registerByContact(200102, "0913000108", "Bùi Thị Ngọc Anh"); // roster: "84913000108"
    registerByContact(200103, "84913000106", "Đặng Thị Mai"); // roster: "+84 913 000 106"
  }

  private void registerByContact(long id, String phone, String name) {
    EmulatedUser user = bot.user(id, null, "x");
    user.send("/start");
    ChatMessage ask = bot.awaitText(user, "Chia sẻ số điện thoại");
    assertThat(ask.text()).contains("Văn phòng Sở");
    user.shareContact(phone, id);
    bot.awaitText(user, name);
  }

  @Test
  void refusesAStrangerPolitelyNamingTheOfficeNotAPerson() {
    EmulatedUser stranger = bot.user(200201, "nguoila", "Lạ");
    bot.exchange(stranger, "/start", "Chia sẻ số điện thoại");
    stranger.shareContact("+84999999999", 200201L);
    ChatMessage refusal = bot.awaitText(stranger, "chưa có trong danh sách");
    assertThat(refusal.text()).contains("Văn phòng Sở").doesNotContain("Nguyễn Thị Lan");
    stranger.send("/help");
    bot.awaitText(stranger, "chưa đăng ký", "/start");
  }

  @Test
  void refusesSomeoneElsesContact() {
    EmulatedUser user = bot.user(200301, null, "x");
    user.shareContact("+84912345678", 100009L);
    bot.awaitText(user, "chính bạn");
  }

  @Test
  void refusesANewAccountThatTookABoundUsername() {
    EmulatedUser original = bot.user(200401, "nguyenhoangyen", "Yến");
    EmulatedUser impostor = bot.user(200402, "NguyenHoangYen", "Yến");
    original.send("/start");
    assertThat(bot.awaitText(original, "Xin chào").text()).doesNotContain("liên kết");
    bot.exchange(impostor, "/start", "đã được liên kết với một tài khoản Telegram khác");
  }

  @Test
  void refusesAUsernameWhoseRosterEntryHasAnotherTelegramId() {
    EmulatedUser impostor = bot.user(200501, "nguyenvanan", "An");
    bot.exchange(impostor, "/start", "đã được liên kết với một tài khoản Telegram khác");
  }

  @Test
  void deliversHeldMessagesOnStart() {
    bot.bean(TransactionTemplate.class)
        .executeWithoutResult(
            tx ->
                bot.bean(Outbox.class)
                    .toPerson("pham-minh-tuan", new Message.Text("Tin chờ sẵn cho ông Tuấn")));
    EmulatedUser deputy = bot.user(100003, null, "Tuấn");
    assertThat(deputy.chat()).isEmpty();
    bot.exchange(deputy, "/start", "Tin chờ sẵn cho ông Tuấn");
    bot.awaitText(deputy, "Phạm Minh Tuấn");
  }

  @Test
  void helpListsThisPersonsCommandsAndTheMenuIsSet() {
    EmulatedUser admin = bot.user(100007, "huynhducthinh", "Thịnh");
    bot.exchange(admin, "/start", "Huỳnh Đức Thịnh");
    admin.send("/help@" + bot.emulator().botUsername());
    ChatMessage help = bot.awaitText(admin, "/reload", "/unbind", "/admin", "/lang");
    assertThat(help.text()).contains("/help");
    org.awaitility.Awaitility.await()
        .untilAsserted(
            () ->
                assertThat(bot.emulator().commandsFor(admin.chatId()).values())
                    .anySatisfy(cmds -> assertThat(cmds).contains("reload", "help")));
  }

  @Test
  void staffSeeNoAdminCommandsAndAreRefusedThem() {
    EmulatedUser staff = bot.user(200601, null, "x");
    staff.shareContact("0914000112", 200601L);
    bot.awaitText(staff, "Trương Mỹ Linh");
    staff.send("/help");
    ChatMessage help = bot.awaitText(staff, "Các lệnh của bạn");
    assertThat(help.text()).contains("/lang").doesNotContain("/reload");
    staff.send("/reload");
    bot.awaitText(staff, "không dành cho vai trò của bạn");
  }

  @Test
  void switchesToEnglishAndBack() {
    EmulatedUser user = bot.user(100004, "nguyenthilan_sngv", "Lan");
    bot.exchange(user, "/start", "Nguyễn Thị Lan");
    user.send("/lang en");
    bot.awaitText(user, "Switched to English");
    user.send("/nonsense");
    bot.awaitText(user, "I do not know the command /nonsense");
    user.send("/lang");
    bot.awaitText(user, "Đã chuyển sang Tiếng Việt");
  }
}
