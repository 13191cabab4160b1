package vn.exemplarbot.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/** A small valid configuration to break one line at a time, and the renderers of the messages. */
final class ConfigFixture {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  static final String ROSTER =
      """
      organization:
        name: "Sở Ngoại vụ tỉnh Đồng Nai"
        short-name: "SNgV"
      divisions:
        - { code: VP, name: "Văn phòng Sở", office: true }
        - { code: HTQT, name: "Phòng Hợp tác quốc tế" }
      people:
        - id: tran-quoc-binh
          name: "Trần Quốc Bình"
          division: VP
          telegram-id: 100001
          roles: [director, council-chair, council-member, council-secretary, office-clerk, admin]
        - id: nguyen-van-an
          name: "Nguyễn Văn An"
          division: HTQT
          telegram: NguyenVanAn
          phone: "0912345678"
          roles: [division-head, council-member]
      """;

  static final String SETTINGS =
      """
      cycle:
        year: 2026
        division-plans-due: 2026-12-15T00:00
        recognition-due: 2027-01-10T00:00
      """;

  static final BiFunction<String, Object[], String> VI = messages(Locale.forLanguageTag("vi"));
  static final BiFunction<String, Object[], String> EN = messages(Locale.ENGLISH);

  private ConfigFixture() {}

  static BiFunction<String, Object[], String> messages(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle("config-messages", locale);
    return (key, args) -> new MessageFormat(bundle.getString(key), locale).format(args);
  }

  static ConfigLoad load(Path dir, String roster, String settings) {
    try {
      Files.writeString(dir.resolve("roster.yml"), roster);
      Files.writeString(dir.resolve("settings.yml"), settings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return BotConfigLoader.load(dir, ZONE);
  }

  static BotConfig loaded(Path dir, String roster, String settings) {
    ConfigLoad load = load(dir, roster, settings);
    if (load instanceof ConfigLoad.Refused refused) {
      throw new AssertionError("refused: " + rendered(refused));
    }
    return ((ConfigLoad.Loaded) load).config();
  }

  /** Every problem of a refused load, rendered in Vietnamese. */
  static List<String> refusedVi(Path dir, String roster, String settings) {
    ConfigLoad load = load(dir, roster, settings);
    assertThat(load).isInstanceOf(ConfigLoad.Refused.class);
    return rendered((ConfigLoad.Refused) load);
  }

  static List<String> rendered(ConfigLoad.Refused refused) {
    return refused.problems().stream().map(p -> p.render(VI)).toList();
  }

  /** The 1-based line of the first line of {@code text} containing {@code fragment}. */
  static int line(String text, String fragment) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no line contains " + fragment);
  }

  /** The text with the first occurrence of {@code from} replaced. */
  static String with(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replaceFirst(
        java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  /** {@code "<file>, <path> (dòng N)"}: how a rendered message names where the problem is. */
  static String where(String file, String path, int line) {
    return file + ", " + path + " (dòng " + line + ")";
  }
}
