package vn.exemplarbot.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterTests {

  private final Roster roster =
      new Roster(
          new Organization("Sở Ngoại vụ tỉnh Đồng Nai", "SNgV", null, null, null),
          List.of(
              new Division("VP", "Văn phòng Sở", true, false),
              new Division("HTQT", "Phòng Hợp tác quốc tế", false, true)),
          List.of(
              new Person(
                  "nguyen-thi-lan",
                  "Nguyễn Thị Lan",
                  "Bà",
                  "Chánh Văn phòng",
                  "VP",
                  "nguyenthilan",
                  100004L,
                  "+84912000104",
                  Set.of(Role.COUNCIL_SECRETARY, Role.COUNCIL_MEMBER)),
              new Person(
                  "nguyen-van-an",
                  "Nguyễn Văn An",
                  "Ông",
                  "Trưởng phòng",
                  "HTQT",
                  "NguyenVanAn",
                  null,
                  "+84912345678",
                  Set.of(Role.DIVISION_HEAD, Role.COUNCIL_MEMBER)),
              new Person(
                  "ly-quang-vinh",
                  "Lý Quang Vinh",
                  null,
                  null,
                  "HTQT",
                  null,
                  null,
                  null,
                  Set.of())));

  @Test
  void headingDefaultsToTheNameInVietnameseCapitals() {
    assertThat(new Organization("Sở Ngoại vụ", "SNgV", null, null, null).heading())
        .isEqualTo("SỞ NGOẠI VỤ");
    assertThat(Organization.upperCase("Phòng Hợp tác quốc tế, Đồng Nai"))
        .isEqualTo("PHÒNG HỢP TÁC QUỐC TẾ, ĐỒNG NAI");
  }

  @Test
  void aGivenHeadingIsKept() {
    assertThat(
            new Organization("Sở Ngoại vụ tỉnh Đồng Nai", "SNgV", null, null, "SỞ NGOẠI VỤ")
                .heading())
        .isEqualTo("SỞ NGOẠI VỤ");
  }

  @Test
  void findsByUsernameIgnoringCaseAndTheAtSign() {
    assertThat(roster.byUsername("nguyenvanan")).map(Person::id).contains("nguyen-van-an");
    assertThat(roster.byUsername("@NGUYENVANAN")).map(Person::id).contains("nguyen-van-an");
    assertThat(roster.byUsername("@NguyenThiLan")).map(Person::id).contains("nguyen-thi-lan");
    assertThat(roster.byUsername("nguyenvanbinh")).isEmpty();
    assertThat(roster.byUsername("@")).isEmpty();
    assertThat(roster.byUsername(null)).isEmpty();
  }

  @Test
  void findsByPhoneInAnyForm() {
    assertThat(roster.byPhone("0912345678")).map(Person::id).contains("nguyen-van-an");
    assertThat(roster.byPhone("84912345678")).map(Person::id).contains("nguyen-van-an");
    assertThat(roster.byPhone("+84 912 000 104")).map(Person::id).contains("nguyen-thi-lan");
    assertThat(roster.byPhone("0999999999")).isEmpty();
  }

  @Test
  void findsByTheRostersOwnTelegramId() {
    assertThat(roster.byTelegramId(100004L)).map(Person::id).contains("nguyen-thi-lan");
    assertThat(roster.byTelegramId(100005L)).isEmpty();
  }

  @Test
  void listsHoldersOfARoleInRosterOrder() {
    assertThat(roster.withRole(Role.COUNCIL_MEMBER))
        .extracting(Person::id)
        .containsExactly("nguyen-thi-lan", "nguyen-van-an");
    assertThat(roster.withRole(Role.STAFF)).hasSize(3);
    assertThat(roster.withRole(Role.DIRECTOR)).isEmpty();
  }

  @Test
  void everyoneIsStaff() {
    assertThat(roster.person("ly-quang-vinh"))
        .get()
        .extracting(p -> p.has(Role.STAFF))
        .isEqualTo(true);
    assertThat(roster.person("ly-quang-vinh").orElseThrow().roles()).containsExactly(Role.STAFF);
  }

  @Test
  void findsDivisionsTheirPeopleAndTheOffice() {
    assertThat(roster.division("HTQT")).map(Division::name).contains("Phòng Hợp tác quốc tế");
    assertThat(roster.ofDivision("HTQT"))
        .extracting(Person::id)
        .containsExactly("nguyen-van-an", "ly-quang-vinh");
    assertThat(roster.office()).map(Division::code).contains("VP");
    assertThat(roster.office().orElseThrow().owesPlan()).isFalse();
    assertThat(roster.division("HTQT").orElseThrow().owesPlan()).isTrue();
  }

  @Test
  void rolesHaveTheirYamlNames() {
    assertThat(Role.DIVISION_HEAD.yamlName()).isEqualTo("division-head");
    assertThat(Role.fromYaml("council-secretary")).contains(Role.COUNCIL_SECRETARY);
    assertThat(Role.fromYaml("council_secretary")).isEmpty();
    assertThat(PassBase.fromYaml("votes-cast")).contains(PassBase.VOTES_CAST);
  }
}
