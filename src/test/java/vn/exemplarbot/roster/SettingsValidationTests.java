package vn.exemplarbot.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.exemplarbot.roster.ConfigFixture.ROSTER;
import static vn.exemplarbot.roster.ConfigFixture.SETTINGS;
import static vn.exemplarbot.roster.ConfigFixture.line;
import static vn.exemplarbot.roster.ConfigFixture.where;
import static vn.exemplarbot.roster.ConfigFixture.with;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each mistake in settings.yml refuses the load, naming the file, the key, the line and the fix.
 */
class SettingsValidationTests {

  @TempDir Path dir;

  private List<String> refused(String settings) {
    return ConfigFixture.refusedVi(dir, ROSTER, settings);
  }

  private void assertRefused(String settings, String path, String lineOf, String... texts) {
    String where = where("settings.yml", path, line(settings, lineOf));
    assertThat(refused(settings))
        .anySatisfy(m -> assertThat(m).contains(where).contains(texts).contains(" — "));
  }

  @Test
  void refusesAnUnquotedShareAsBadYamlNamingItsLine() {
    String settings = SETTINGS + "ballot:\n  quorum: >= 2/3\n";
    assertThat(refused(settings))
        .singleElement()
        .asString()
        .startsWith("settings.yml (dòng " + line(settings, "quorum") + "): sai cú pháp YAML")
        .contains("ngoặc kép");
  }

  @Test
  void refusesAMisspeltKeySuggestingTheNearestOne() {
    String settings = SETTINGS + "ballot:\n  quorom: \">= 2/3\"\n";
    assertRefused(
        settings,
        "ballot.quorom",
        "quorom",
        "khoá \"quorom\" không được hỗ trợ",
        "có phải là \"quorum\"?");
  }

  @Test
  void refusesAnUnknownTopLevelKeyListingTheKnownOnes() {
    String settings = SETTINGS + "language: vi\n";
    assertRefused(settings, "language", "language", "khoá \"language\"", "cycle, movements");
  }

  @Test
  void refusesSettingsWithoutCycle() {
    assertThat(refused("movements: [\"Chuyển đổi số\"]\n"))
        .singleElement()
        .asString()
        .isEqualTo(
            "settings.yml, cycle (dòng 1): thiếu khoá \"cycle\" — thêm cycle: với giá trị"
                + " của nó, theo mẫu trong bot-config/.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"year", "division-plans-due", "recognition-due"})
  void refusesACycleWithoutARequiredKey(String key) {
    String settings = SETTINGS.replaceAll("  " + key + ": .*\n", "");
    assertThat(refused(settings))
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("settings.yml, cycle." + key + " (dòng ")
                    .contains("thiếu khoá \"" + key + "\""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-12-15",
        "2026-12-15T00:00:00",
        "2026-12-15T00:00+07:00",
        "15/12/2026",
        "2026-12-32T00:00",
        "2026-12-15 00:00"
      })
  void refusesADeadlineThatIsNotALocalDateTimeWithoutSeconds(String value) {
    String settings = with(SETTINGS, "2026-12-15T00:00", value);
    assertRefused(
        settings,
        "cycle.division-plans-due",
        "division-plans-due",
        "không phải một thời điểm hợp lệ",
        "yyyy-MM-ddTHH:mm");
  }

  @Test
  void refusesDeadlinesOutOfOrder() {
    String late =
        with(
            SETTINGS,
            "  recognition-due",
            "  nominations-due: 2027-01-11T00:00\n  recognition-due");
    assertRefused(
        late,
        "cycle.nominations-due",
        "nominations-due",
        "nominations-due (2027-01-11T00:00) muộn hơn recognition-due (2027-01-10T00:00)");
    String early =
        with(
            SETTINGS,
            "  recognition-due",
            "  nominations-due: 2026-12-01T00:00\n  recognition-due");
    assertRefused(early, "cycle.nominations-due", "nominations-due", "division-plans-due");
  }

  @Test
  void refusesADurationInWeeksWithTheDocumentedMessage() {
    String settings = SETTINGS + "ballot:\n  duration: P1W\n";
    assertThat(refused(settings))
        .containsExactly(
            "settings.yml, ballot.duration (dòng 6): \"P1W\" không phải một khoảng thời gian hợp lệ"
                + " — dùng dạng ISO-8601 PnDTnHnM, ví dụ P3D hoặc PT12H.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1d", "P1M", "P1Y", "PT", "P", "P1DT", "PT1S", "P-1D", "3", "P1.5D"})
  void refusesDurationsThatAreNotDaysHoursAndMinutes(String value) {
    String settings = SETTINGS + "ballot:\n  duration: " + value + "\n";
    assertRefused(
        settings, "ballot.duration", "duration", "không phải một khoảng thời gian hợp lệ");
  }

  @Test
  void refusesAZeroDurationAndNamesTheItemOfAList() {
    String settings = SETTINGS + "ballot:\n  duration: PT0M\n  reminder-offsets: [P1D, P1W]\n";
    assertRefused(settings, "ballot.duration", "duration", "bằng không");
    assertRefused(settings, "ballot.reminder-offsets[1]", "reminder-offsets", "\"P1W\"");
  }

  @Test
  void refusesAnUnquotedTimeOfDayThatYamlReadsAsANumber() {
    String settings = SETTINGS + "reminders:\n  time-of-day: 8:30\n";
    assertRefused(
        settings,
        "reminders.time-of-day",
        "time-of-day",
        "giờ 8:30 không đặt trong ngoặc kép nên YAML đọc thành một con số",
        "\"08:30\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"25:00\"", "\"8h30\"", "\"08:60\"", "[8, 30]"})
  void refusesATimeOfDayThatIsNotHoursAndMinutes(String value) {
    String settings = SETTINGS + "reminders:\n  time-of-day: " + value + "\n";
    assertRefused(settings, "reminders.time-of-day", "time-of-day", "không phải giờ trong ngày");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"50%\"", "\"2/3\"", "0.66", "\"đa số\""})
  void refusesAShareNotInTheDocumentedForms(String value) {
    String settings = SETTINGS + "ballot:\n  pass-threshold: " + value + "\n";
    assertRefused(
        settings, "ballot.pass-threshold", "pass-threshold", "không phải một tỉ lệ", "\">= 2/3\"");
  }

  @Test
  void refusesAShareAboveAHundredPercent() {
    String settings = SETTINGS + "ballot:\n  quorum: \"> 150%\"\n";
    assertRefused(settings, "ballot.quorum", "quorum", "nằm ngoài khoảng 0–100%");
  }

  @Test
  void refusesAnUnknownPassBaseOrNumbering() {
    String settings =
        SETTINGS + "ballot:\n  pass-base: everyone\ndocuments:\n  numbering: manual\n";
    assertRefused(settings, "ballot.pass-base", "pass-base", "\"everyone\"", "members, votes-cast");
    assertRefused(settings, "documents.numbering", "numbering", "\"manual\"", "clerk, auto");
  }

  @Test
  void refusesABooleanThatIsNotABoolean() {
    String settings =
        SETTINGS + "ballot:\n  allow-abstain: sometimes\nnominations:\n  allow-self: \"true\"\n";
    assertRefused(settings, "ballot.allow-abstain", "allow-abstain", "không phải giá trị đúng/sai");
    assertRefused(settings, "nominations.allow-self", "allow-self", "true hoặc false");
  }

  @Test
  void refusesHolidaysThatAreNotDates() {
    String settings = SETTINGS + "holidays: [2027-13-01, \"mùng 1 Tết\", 2027-01-01]\n";
    assertRefused(settings, "holidays[0]", "holidays", "\"2027-13-01\" không phải một ngày hợp lệ");
    assertRefused(settings, "holidays[1]", "holidays", "\"mùng 1 Tết\"");
  }

  @Test
  void refusesAnAnnounceChatIdThatIsNotAnInteger() {
    String settings = SETTINGS + "announce-chat-id: \"@sngv_news\"\n";
    assertRefused(
        settings, "announce-chat-id", "announce", "\"@sngv_news\" không phải một số nguyên");
  }

  @Test
  void refusesTooManyFilesAndEmptyLists() {
    String settings =
        SETTINGS + "nominations: { max-files: 51 }\nmovements: []\ncriteria: \"một\"\n";
    assertRefused(settings, "nominations.max-files", "max-files", "từ 0 đến 50");
    assertRefused(settings, "movements", "movements", "danh sách \"movements\" trống");
    assertRefused(settings, "criteria", "criteria", "cần là một danh sách");
  }

  @Test
  void refusesASignerWithoutName() {
    String settings = SETTINGS + "documents:\n  signer: { title: \"GIÁM ĐỐC\" }\n";
    assertRefused(settings, "documents.signer.name", "signer", "thiếu khoá \"name\"");
  }

  @Test
  void reportsEveryProblemOfTheFileAtOnce() {
    String settings =
        SETTINGS
            + "ballot:\n  quorom: \">= 2/3\"\n  duration: P1W\nreminders:\n  time-of-day: 8:30\n"
            + "holidays: [tết]\n";
    assertThat(refused(settings))
        .hasSize(4)
        .allSatisfy(m -> assertThat(m).startsWith("settings.yml, ").contains("(dòng "));
  }

  @Test
  void refusesAnUnquotedTimeEvenWhenYamlReadsItAsText() {
    String settings = SETTINGS + "reminders:\n  time-of-day: 07:05\n";
    assertRefused(
        settings,
        "reminders.time-of-day",
        "time-of-day",
        "giờ 07:05 phải đặt trong ngoặc kép",
        "viết \"07:05\"");
  }

  @Test
  void acceptsASingleQuotedTime() {
    String settings = SETTINGS + "reminders:\n  time-of-day: '7:05'\n";
    assertThat(ConfigFixture.loaded(dir, ROSTER, settings).settings().reminders().timeOfDay())
        .isEqualTo(java.time.LocalTime.of(7, 5));
  }

  @Test
  void refusesADeadlineTheZoneClockSkips() throws Exception {
    String settings = with(SETTINGS, "2026-12-15T00:00", "2026-03-29T02:30");
    ConfigFixture.load(dir, ROSTER, settings);
    ConfigLoad load = BotConfigLoader.load(dir, java.time.ZoneId.of("Europe/Paris"));
    assertThat(ConfigFixture.rendered((ConfigLoad.Refused) load))
        .singleElement()
        .asString()
        .startsWith(
            "settings.yml, cycle.division-plans-due (dòng 3): thời điểm 2026-03-29T02:30"
                + " không tồn tại theo giờ Europe/Paris");
  }

  @Test
  void refusesAPlansDeadlineAfterTheDefaultNominationsDeadline() {
    String settings = with(SETTINGS, "2026-12-15T00:00", "2027-01-05T00:00");
    assertRefused(
        settings,
        "cycle.division-plans-due",
        "division-plans-due",
        "division-plans-due (2027-01-05T00:00) muộn hơn nominations-due (2026-12-31T00:00)");
  }

  @Test
  void refusesTabIndentationAsBadYaml() {
    String settings = SETTINGS + "ballot:\n\tduration: P3D\n";
    assertThat(refused(settings))
        .singleElement()
        .asString()
        .startsWith("settings.yml (dòng 6): sai cú pháp YAML");
  }

  @Test
  void refusesAFileNotInUtf8() throws Exception {
    ConfigFixture.load(dir, ROSTER, SETTINGS);
    java.nio.file.Files.write(
        dir.resolve("settings.yml"),
        (SETTINGS + "movements: [\"Phòng\"]\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    ConfigLoad load = BotConfigLoader.load(dir, ConfigFixture.ZONE);
    assertThat(load).isInstanceOf(ConfigLoad.Refused.class);
    assertThat(ConfigFixture.rendered((ConfigLoad.Refused) load))
        .singleElement()
        .asString()
        .isEqualTo(
            "settings.yml: tệp không được lưu theo mã UTF-8 — mở tệp và lưu lại với mã UTF-8.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"26", "twenty", "\"2026-2027\""})
  void refusesAYearThatIsNotAFourDigitYear(String value) {
    String settings = with(SETTINGS, "year: 2026", "year: " + value);
    assertThat(refused(settings))
        .singleElement()
        .asString()
        .startsWith("settings.yml, cycle.year (dòng 2): ");
  }

  @Test
  void refusesAnEmptyFileAndASectionThatIsNotAGroupOfKeys() {
    assertThat(refused("# chưa có gì\n"))
        .singleElement()
        .asString()
        .startsWith("settings.yml: tệp trống");
    String settings = SETTINGS + "ballot: [quorum]\n";
    assertRefused(settings, "ballot", "ballot:", "cần một nhóm khoá");
  }
}
