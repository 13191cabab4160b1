package vn.exemplarbot.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfigMessagesTests {

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        ConfigMessagesTests.class.getResourceAsStream(
            "/config-messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertThat(bundle("en").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(bundle("vi").stringPropertyNames());
  }

  @Test
  void everyProblemSaysHowToFixIt() throws IOException {
    Properties vi = bundle("vi");
    vi.stringPropertyNames().stream()
        .filter(k -> !k.endsWith(".fix") && !k.startsWith("config.location."))
        .forEach(k -> assertThat(vi).containsKey(k + ".fix"));
  }

  @Test
  void everyMessageIsAValidPatternWithoutQuotesThatMessageFormatWouldEat() throws IOException {
    for (String language : new String[] {"vi", "en"}) {
      Properties messages = bundle(language);
      for (String key : messages.stringPropertyNames()) {
        String pattern = messages.getProperty(key);
        assertThat(pattern).as(key).isNotBlank().doesNotContain("'");
        assertThat(new MessageFormat(pattern).format(new Object[] {"a", "b", "c", "d"}))
            .as(key)
            .doesNotContain("{");
      }
    }
  }

  @Test
  void vietnameseIsInNormalizedFormWithDiacritics() throws IOException {
    Properties vi = bundle("vi");
    for (String key : vi.stringPropertyNames()) {
      String text = vi.getProperty(key);
      assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(key).isTrue();
    }
    assertThat(vi.getProperty("config.key.missing")).isEqualTo("thiếu khoá \"{0}\"");
  }
}
