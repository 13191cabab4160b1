package vn.exemplarbot.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+84912345678",
        "84912345678",
        "0912345678",
        "+84 912 345 678",
        "091-234-5678",
        "(091) 234.5678",
        "0084912345678",
        "912345678"
      })
  void everyVietnameseFormBecomesTheInternationalForm(String raw) {
    assertThat(PhoneNumbers.normalize(raw)).isEqualTo("+84912345678");
  }

  @Test
  void keepsOtherCountryCodes() {
    assertThat(PhoneNumbers.normalize("+1 (415) 555-0100")).isEqualTo("+14155550100");
    assertThat(PhoneNumbers.normalize("+856 20 5555 1234")).isEqualTo("+8562055551234");
  }

  @Test
  void givesNullForNoDigits() {
    assertThat(PhoneNumbers.normalize(null)).isNull();
    assertThat(PhoneNumbers.normalize(" - ")).isNull();
  }

  @Test
  void judgesPlausibleLengths() {
    assertThat(PhoneNumbers.isPlausible("+84912345678")).isTrue();
    assertThat(PhoneNumbers.isPlausible(PhoneNumbers.normalize("12345"))).isFalse();
    assertThat(PhoneNumbers.isPlausible("+1234567890123456")).isFalse();
  }
}
