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

/** Each mistake in roster.yml refuses the load, naming the file, the key, the line and the fix. */
class RosterValidationTests {

  @TempDir Path dir;

  private void assertRefused(String roster, String path, String lineOf, String... texts) {
    List<String> messages = ConfigFixture.refusedVi(dir, roster, SETTINGS);
    String where = where("roster.yml", path, line(roster, lineOf));
    assertThat(messages)
        .anySatisfy(m -> assertThat(m).contains(where).contains(texts).contains(" — "));
  }

  @Test
  void refusesBadYamlNamingItsLine() {
    String roster = with(ROSTER, "name: \"Trần Quốc Bình\"", "name: \"Trần Quốc Bình\" x");
    List<String> messages = ConfigFixture.refusedVi(dir, roster, SETTINGS);
    assertThat(messages)
        .singleElement()
        .asString()
        .startsWith("roster.yml (dòng " + line(roster, "Trần Quốc Bình") + "): sai cú pháp YAML");
  }

  @Test
  void refusesAnUnknownKeyOfAPerson() {
    String roster =
        with(
            ROSTER,
            "    phone: \"0912345678\"",
            "    phone: \"0912345678\"\n    email: an@sngv.vn");
    assertRefused(roster, "people[1].email", "email:", "khoá \"email\" không được hỗ trợ", "name");
  }

  @Test
  void refusesAnUnknownKeyOfTheOrganizationAndOfADivision() {
    String roster =
        with(ROSTER, "  short-name: \"SNgV\"", "  short-name: \"SNgV\"\n  website: sngv.vn");
    roster =
        with(roster, "name: \"Văn phòng Sở\", office: true", "name: \"Văn phòng Sở\", ofice: true");
    assertRefused(roster, "organization.website", "website:", "\"website\"");
    assertRefused(roster, "divisions[0].ofice", "ofice", "có phải là \"office\"");
  }

  @Test
  void refusesAnOrganizationWithoutNameOrShortName() {
    String noName = with(ROSTER, "  name: \"Sở Ngoại vụ tỉnh Đồng Nai\"\n", "");
    assertRefused(noName, "organization.name", "short-name", "thiếu khoá \"name\"");
    String noShortName = with(ROSTER, "  short-name: \"SNgV\"\n", "  short-name:\n");
    assertRefused(
        noShortName, "organization.short-name", "short-name", "thiếu khoá \"short-name\"");
  }

  @Test
  void refusesADivisionWithoutCodeOrName() {
    String roster =
        with(ROSTER, "{ code: HTQT, name: \"Phòng Hợp tác quốc tế\" }", "{ code: HTQT }");
    roster =
        with(
            roster,
            "{ code: VP, name: \"Văn phòng Sở\", office: true }",
            "{ name: \"Văn phòng Sở\", office: true }");
    assertRefused(roster, "divisions[1].name", "code: HTQT", "thiếu khoá \"name\"");
    assertRefused(roster, "divisions[0].code", "Văn phòng Sở", "thiếu khoá \"code\"");
  }

  @Test
  void refusesADuplicateDivisionCode() {
    String roster = with(ROSTER, "code: HTQT, name", "code: VP, name");
    assertRefused(
        roster, "divisions[1].code", "Phòng Hợp tác", "mã phòng \"VP\" lặp lại", "dòng 5");
  }

  @Test
  void refusesAPersonOfAnUnknownDivision() {
    String roster = with(ROSTER, "    division: HTQT", "    division: KT");
    assertRefused(roster, "people[1].division", "division: KT", "phòng \"KT\"", "HTQT, VP");
  }

  @Test
  void refusesAnUnknownRole() {
    String roster = with(ROSTER, "[division-head, council-member]", "[division-head, councilor]");
    assertRefused(roster, "people[1].roles[1]", "councilor", "vai trò \"councilor\" không tồn tại");
  }

  @Test
  void refusesRolesThatAreNotAList() {
    String roster = with(ROSTER, "roles: [division-head, council-member]", "roles: division-head");
    assertRefused(roster, "people[1].roles", "roles: division-head", "cần là một danh sách");
  }

  @Test
  void refusesADuplicateId() {
    String roster = with(ROSTER, "id: nguyen-van-an", "id: tran-quoc-binh");
    int first = line(roster, "id: tran-quoc-binh");
    int second = line(roster, "name: \"Nguyễn Văn An\"") - 1;
    List<String> messages = ConfigFixture.refusedVi(dir, roster, SETTINGS);
    assertThat(messages)
        .singleElement()
        .asString()
        .contains(where("roster.yml", "people[1].id", second))
        .contains("id \"tran-quoc-binh\" đã được dùng cho một người khác ở dòng " + first);
  }

  @Test
  void refusesADuplicateUsernameIgnoringCaseAndAtSign() {
    String roster =
        with(
            ROSTER,
            "    telegram-id: 100001",
            "    telegram-id: 100001\n    telegram: \"@nguyenvanan\"");
    assertRefused(
        roster, "people[1].telegram", "NguyenVanAn", "telegram \"nguyenvanan\" đã được dùng");
  }

  @Test
  void refusesADuplicateTelegramId() {
    String roster =
        with(
            ROSTER,
            "    telegram: NguyenVanAn",
            "    telegram: NguyenVanAn\n    telegram-id: 100001");
    int first = line(ROSTER, "telegram-id: 100001");
    List<String> messages = ConfigFixture.refusedVi(dir, roster, SETTINGS);
    assertThat(messages)
        .singleElement()
        .asString()
        .contains(where("roster.yml", "people[1].telegram-id", line(roster, "NguyenVanAn") + 1))
        .contains("telegram-id \"100001\" đã được dùng cho một người khác ở dòng " + first);
  }

  @Test
  void refusesADuplicatePhoneInAnotherForm() {
    String roster =
        with(
            ROSTER,
            "    telegram-id: 100001",
            "    telegram-id: 100001\n    phone: \"+84 912 345 678\"");
    assertRefused(
        roster, "people[1].phone", "\"0912345678\"", "phone \"+84912345678\" đã được dùng");
  }

  @Test
  void refusesAPersonWithoutNameOrId() {
    String roster = with(ROSTER, "    name: \"Nguyễn Văn An\"\n", "");
    roster = with(roster, "  - id: tran-quoc-binh\n    name:", "  - name:");
    assertRefused(roster, "people[1].name", "id: nguyen-van-an", "thiếu khoá \"name\"");
    assertRefused(roster, "people[0].id", "name: \"Trần", "thiếu khoá \"id\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Nguyen-Van-An", "nguyễn-văn-an", "nguyen van an", "nguyen_van_an", "-an"})
  void refusesAnIdThatIsNotAStableKey(String id) {
    String roster = with(ROSTER, "id: nguyen-van-an", "id: \"" + id + "\"");
    assertRefused(roster, "people[1].id", id, "không phải khoá ổn định hợp lệ", "nguyen-van-an");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-100001", "abc", "1.5", "\"\""})
  void refusesATelegramIdThatIsNotAPositiveInteger(String value) {
    String roster = with(ROSTER, "telegram-id: 100001", "telegram-id: " + value);
    List<String> messages = ConfigFixture.refusedVi(dir, roster, SETTINGS);
    assertThat(messages)
        .singleElement()
        .asString()
        .contains(where("roster.yml", "people[0].telegram-id", line(roster, "telegram-id")))
        .contains("không phải mã số Telegram hợp lệ");
  }

  @Test
  void refusesAnImplausiblePhoneOrUsername() {
    String roster = with(ROSTER, "phone: \"0912345678\"", "phone: \"12-34\"");
    roster = with(roster, "telegram: NguyenVanAn", "telegram: an");
    assertRefused(roster, "people[1].phone", "12-34", "không phải số điện thoại hợp lệ");
    assertRefused(roster, "people[1].telegram", "telegram: an", "tên người dùng Telegram");
  }

  @Test
  void refusesASecondOffice() {
    String roster =
        with(
            ROSTER,
            "name: \"Phòng Hợp tác quốc tế\" }",
            "name: \"Phòng Hợp tác quốc tế\", office: true }");
    assertRefused(roster, "divisions[1].office", "Phòng Hợp tác", "nhiều hơn một Văn phòng");
  }

  @Test
  void reportsEveryProblemOfBothFilesTogether() {
    String roster = with(ROSTER, "    division: HTQT", "    division: KT");
    roster = with(roster, "[division-head, council-member]", "[division-head, councilor]");
    roster = with(roster, "id: nguyen-van-an", "id: Nguyen Van An");
    String settings = with(SETTINGS, "year: 2026", "year: 2026\n  colour: red");
    List<String> messages = ConfigFixture.refusedVi(dir, roster, settings);
    assertThat(messages).hasSize(4);
    assertThat(messages).filteredOn(m -> m.startsWith("roster.yml, ")).hasSize(3);
    assertThat(messages).filteredOn(m -> m.startsWith("settings.yml, cycle.colour")).hasSize(1);
  }

  @Test
  void rendersInEnglishToo() {
    String roster = with(ROSTER, "    division: HTQT", "    division: KT");
    ConfigLoad.Refused refused = (ConfigLoad.Refused) ConfigFixture.load(dir, roster, SETTINGS);
    assertThat(refused.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("roster.yml");
              assertThat(p.path()).isEqualTo("people[1].division");
              assertThat(p.line()).isEqualTo(line(roster, "division: KT"));
              assertThat(p.render(ConfigFixture.EN))
                  .isEqualTo(
                      "roster.yml, people[1].division (line "
                          + p.line()
                          + "): division \"KT\" is not in divisions — use one of the division codes: HTQT, VP;"
                          + " or add this division to divisions.");
            });
  }

  @Test
  void refusesAMissingFile() throws Exception {
    ConfigFixture.load(dir, ROSTER, SETTINGS);
    java.nio.file.Files.delete(dir.resolve("roster.yml"));
    ConfigLoad load = BotConfigLoader.load(dir, ConfigFixture.ZONE);
    assertThat(load).isInstanceOf(ConfigLoad.Refused.class);
    assertThat(ConfigFixture.rendered((ConfigLoad.Refused) load))
        .singleElement()
        .asString()
        .startsWith("roster.yml: không tìm thấy tệp");
  }
}
