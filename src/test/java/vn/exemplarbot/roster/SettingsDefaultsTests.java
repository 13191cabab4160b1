package vn.exemplarbot.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.exemplarbot.roster.ConfigFixture.ROSTER;
import static vn.exemplarbot.roster.ConfigFixture.SETTINGS;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsDefaultsTests {

  @TempDir Path dir;

  @Test
  void everyKeyButCycleHasItsDefault() {
    Settings settings = ConfigFixture.loaded(dir, ROSTER, SETTINGS).settings();
    assertThat(settings.cycle().nominationsDue()).isEqualTo(LocalDateTime.of(2026, 12, 31, 0, 0));
    assertThat(settings.movements()).containsExactly("Phong trào thi đua năm 2026");
    assertThat(settings.criteria()).hasSize(4).isEqualTo(Settings.DEFAULT_CRITERIA);
    assertThat(settings.holidays()).isEmpty();
    assertThat(settings.announceChatId()).isNull();
    assertThat(settings.nominations()).isEqualTo(new NominationRules(false, 10));
  }

  @Test
  void ballotDefaultsToTwoThirdsQuorumAndAMajorityOfMembers() {
    BallotRules ballot = ConfigFixture.loaded(dir, ROSTER, SETTINGS).settings().ballot();
    assertThat(ballot.quorum()).isEqualTo(Share.of(">= 2/3"));
    assertThat(ballot.passThreshold()).isEqualTo(Share.of("> 50%"));
    assertThat(ballot.passBase()).isEqualTo(PassBase.MEMBERS);
    assertThat(ballot.allowAbstain()).isFalse();
    assertThat(ballot.recuseSelf()).isTrue();
    assertThat(ballot.duration()).isEqualTo(Duration.ofDays(3));
    assertThat(ballot.reminderOffsets()).containsExactly(Duration.ofDays(1), Duration.ofHours(2));
  }

  @Test
  void remindersDefaultToAWeekThreeDaysAndADayAtHalfPastEight() {
    ReminderRules reminders = ConfigFixture.loaded(dir, ROSTER, SETTINGS).settings().reminders();
    assertThat(reminders.offsets())
        .containsExactly(Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(1));
    assertThat(reminders.timeOfDay()).isEqualTo(LocalTime.of(8, 30));
  }

  @Test
  void documentsAreSignedByTheFirstDirectorUnderTheLawOf2022() {
    DocumentRules documents = ConfigFixture.loaded(dir, ROSTER, SETTINGS).settings().documents();
    assertThat(documents.numbering()).isEqualTo(Numbering.CLERK);
    assertThat(documents.signer()).isEqualTo(new Signer(null, "GIÁM ĐỐC", "Trần Quốc Bình"));
    assertThat(documents.legalBases())
        .containsExactly("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022");
    assertThat(documents.rights()).isEmpty();
  }

  @Test
  void readsEveryKeyWhenGiven() {
    String settings =
        SETTINGS
            + """
              nominations-due: 2026-12-20T17:00
            movements: ["Chuyển đổi số"]
            criteria: ["Hoàn thành xuất sắc mọi nhiệm vụ được giao"]
            ballot:
              quorum: ">= 70%"
              pass-threshold: "≥ 4/7"
              pass-base: votes-cast
              allow-abstain: true
              recuse-self: false
              duration: P1DT12H
              reminder-offsets: [PT30M]
            reminders: { offsets: [PT5M], time-of-day: "07:45" }
            holidays: [2027-01-01, 2026-12-24]
            nominations: { allow-self: true, max-files: 0 }
            documents:
              numbering: auto
              signer: { on-behalf: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Lê Thị Thu Hà" }
              legal-bases: ["Luật Thi đua, khen thưởng"]
              rights: "Được ưu tiên xét khen thưởng cấp trên."
            announce-chat-id: -1001234567890
            """;
    Settings s = ConfigFixture.loaded(dir, ROSTER, settings).settings();
    assertThat(s.cycle().nominationsDue()).isEqualTo(LocalDateTime.of(2026, 12, 20, 17, 0));
    assertThat(s.movements()).containsExactly("Chuyển đổi số");
    assertThat(s.criteria()).hasSize(1);
    assertThat(s.ballot())
        .isEqualTo(
            new BallotRules(
                Share.of(">= 70%"),
                Share.of("≥ 4/7"),
                PassBase.VOTES_CAST,
                true,
                false,
                Duration.ofHours(36),
                List.of(Duration.ofMinutes(30))));
    assertThat(s.reminders())
        .isEqualTo(new ReminderRules(List.of(Duration.ofMinutes(5)), LocalTime.of(7, 45)));
    assertThat(s.holidays()).hasSize(2);
    assertThat(s.nominations()).isEqualTo(new NominationRules(true, 0));
    assertThat(s.documents().numbering()).isEqualTo(Numbering.AUTO);
    assertThat(s.documents().signer())
        .isEqualTo(new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Thu Hà"));
    assertThat(s.documents().rights()).startsWith("Được ưu tiên");
    assertThat(s.announceChatId()).isEqualTo(-1001234567890L);
  }

  @Test
  void divisionsOwePlansUnlessTheyAreTheOfficeOrSayOtherwise() {
    String roster =
        ConfigFixture.with(
            ROSTER,
            "  - { code: HTQT, name: \"Phòng Hợp tác quốc tế\" }",
            "  - { code: HTQT, name: \"Phòng Hợp tác quốc tế\" }\n"
                + "  - { code: BGD, name: \"Ban Giám đốc\", plans: false }");
    Roster loaded = ConfigFixture.loaded(dir, roster, SETTINGS).roster();
    assertThat(loaded.division("VP").orElseThrow().plans()).isFalse();
    assertThat(loaded.division("HTQT").orElseThrow().plans()).isTrue();
    assertThat(loaded.division("BGD").orElseThrow().owesPlan()).isFalse();
  }

  @Test
  void usernamesLoseTheirAtSignAndPhonesAreNormalized() {
    String roster =
        ConfigFixture.with(ROSTER, "telegram: NguyenVanAn", "telegram: \"@NguyenVanAn\"");
    Person an =
        ConfigFixture.loaded(dir, roster, SETTINGS).roster().person("nguyen-van-an").orElseThrow();
    assertThat(an.telegramUsername()).isEqualTo("NguyenVanAn");
    assertThat(an.phone()).isEqualTo("+84912345678");
    assertThat(an.roles()).contains(Role.STAFF, Role.DIVISION_HEAD, Role.COUNCIL_MEMBER);
  }
}
