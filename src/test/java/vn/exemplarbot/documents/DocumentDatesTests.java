package vn.exemplarbot.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DocumentDatesTests {

  @Test
  void writesALeadingZeroOnlyForDaysOneToNineAndForJanuaryAndFebruary() {
    assertThat(DocumentDates.inDocument(LocalDate.of(2027, 1, 5)))
        .isEqualTo("ngày 05 tháng 01 năm 2027");
    assertThat(DocumentDates.inDocument(LocalDate.of(2026, 12, 15)))
        .isEqualTo("ngày 15 tháng 12 năm 2026");
    assertThat(DocumentDates.inDocument(LocalDate.of(2027, 3, 20)))
        .isEqualTo("ngày 20 tháng 3 năm 2027");
    assertThat(DocumentDates.inDocument(LocalDate.of(2027, 2, 28)))
        .isEqualTo("ngày 28 tháng 02 năm 2027");
    assertThat(DocumentDates.inDocument(LocalDate.of(2027, 10, 9)))
        .isEqualTo("ngày 09 tháng 10 năm 2027");
  }

  @Test
  void writesChatDatesWithTwoDigitDayAndMonth() {
    assertThat(DocumentDates.inChat(LocalDate.of(2027, 1, 5))).isEqualTo("05/01/2027");
    assertThat(DocumentDates.inChat(LocalDate.of(2026, 12, 15))).isEqualTo("15/12/2026");
  }

  @Test
  void putsThePlaceBeforeTheDateOrCapitalisesTheDateAlone() {
    assertThat(DocumentDates.placeAndDate("Đồng Nai", LocalDate.of(2027, 3, 20)))
        .isEqualTo("Đồng Nai, ngày 20 tháng 3 năm 2027");
    assertThat(DocumentDates.placeAndDate(null, LocalDate.of(2027, 3, 20)))
        .isEqualTo("Ngày 20 tháng 3 năm 2027");
    assertThat(DocumentDates.placeAndDate("Đồng Nai", null))
        .startsWith("Đồng Nai, ngày ")
        .doesNotContainPattern("\\d");
  }

  @Test
  void writesTheHourAsMinutesDo() {
    assertThat(DocumentDates.time(LocalTime.of(7, 5))).isEqualTo("07 giờ 05 phút");
    assertThat(DocumentDates.time(LocalTime.of(17, 30))).isEqualTo("17 giờ 30 phút");
  }
}
