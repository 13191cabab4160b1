package vn.exemplarbot.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The example committed in the top-level {@code bot-config/} folder, as the sandbox uses it. */
class ExampleConfigTests {

  private final ConfigLoad load = BotConfigLoader.load(Path.of("bot-config"), ConfigFixture.ZONE);

  private BotConfig config() {
    if (load instanceof ConfigLoad.Refused refused) {
      throw new AssertionError(ConfigFixture.rendered(refused));
    }
    return ((ConfigLoad.Loaded) load).config();
  }

  @Test
  void loadsWithoutErrorsOrWarnings() {
    assertThat(load).isInstanceOf(ConfigLoad.Loaded.class);
    assertThat(config().warnings()).isEmpty();
  }

  @Test
  void describesTheDepartment() {
    Roster roster = config().roster();
    assertThat(roster.organization().name()).isEqualTo("Sở Ngoại vụ tỉnh Đồng Nai");
    assertThat(roster.organization().heading()).isEqualTo("SỞ NGOẠI VỤ");
    assertThat(roster.organization().parent()).isEqualTo("UBND tỉnh Đồng Nai");
    assertThat(roster.office()).map(Division::code).contains("VP");
    assertThat(roster.division("BGD").orElseThrow().owesPlan()).isFalse();
    assertThat(roster.people()).hasSize(25);
  }

  @Test
  void hasACouncilOfSevenChairedByTheDirector() {
    Roster roster = config().roster();
    assertThat(roster.withRole(Role.COUNCIL_MEMBER)).hasSize(7);
    Person director = roster.withRole(Role.DIRECTOR).get(0);
    assertThat(director.has(Role.COUNCIL_CHAIR)).isTrue();
    assertThat(director.has(Role.COUNCIL_MEMBER)).isTrue();
    Person secretary = roster.withRole(Role.COUNCIL_SECRETARY).get(0);
    assertThat(secretary.has(Role.COUNCIL_MEMBER)).isTrue();
    assertThat(roster.withRole(Role.OFFICE_CLERK)).isNotEmpty();
    assertThat(roster.withRole(Role.ADMIN)).isNotEmpty();
  }

  @Test
  void offersEveryWayToRegister() {
    Roster roster = config().roster();
    assertThat(roster.byTelegramId(100001L)).map(Person::position).contains("Giám đốc");
    assertThat(roster.byUsername("@NguyenVanAn")).map(Person::id).contains("nguyen-van-an");
    assertThat(roster.byUsername("phanthikimoanh")).isPresent();
    assertThat(roster.byPhone("84912345678")).map(Person::id).contains("nguyen-van-an");
    assertThat(roster.byPhone("+84913000105")).map(Person::id).contains("vo-van-hung");
    assertThat(roster.people())
        .anyMatch(p -> p.telegramId() == null && p.telegramUsername() == null && p.phone() == null);
  }

  @Test
  void runsTheCycleOf2026() {
    Settings settings = config().settings();
    assertThat(settings.cycle().year()).isEqualTo(2026);
    assertThat(settings.cycle().divisionPlansDue()).isEqualTo(LocalDateTime.of(2026, 12, 15, 0, 0));
    assertThat(settings.cycle().nominationsDue()).isEqualTo(LocalDateTime.of(2026, 12, 31, 0, 0));
    assertThat(settings.cycle().recognitionDue()).isEqualTo(LocalDateTime.of(2027, 1, 10, 0, 0));
    assertThat(settings.movements()).hasSize(2);
    assertThat(settings.criteria()).isEqualTo(Settings.DEFAULT_CRITERIA);
    assertThat(settings.ballot().quorum().text()).isEqualTo(">= 2/3");
    assertThat(settings.ballot().passBase()).isEqualTo(PassBase.MEMBERS);
    assertThat(settings.documents().signer().name()).isEqualTo("Trần Quốc Bình");
    assertThat(settings.announceChatId()).isEqualTo(-1001234567890L);
  }
}
