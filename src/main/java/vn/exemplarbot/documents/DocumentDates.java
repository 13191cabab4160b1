package vn.exemplarbot.documents;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Dates as Vietnamese documents write them (Decree 30/2020/NĐ-CP: a leading zero only for days 1–9
 * and for months 1 and 2) and as the chat writes them.
 */
public final class DocumentDates {

  /** The date line of a draft, whose date the clerk fills in. */
  static final String BLANK = "ngày      tháng      năm        ";

  private DocumentDates() {}

  /**
   * {@code ngày 05 tháng 01 năm 2027}, {@code ngày 15 tháng 12 năm 2026}, {@code ngày 20 tháng 3
   * năm 2027}.
   */
  public static String inDocument(LocalDate date) {
    int month = date.getMonthValue();
    return "ngày "
        + twoDigits(date.getDayOfMonth())
        + " tháng "
        + (month <= 2 ? twoDigits(month) : String.valueOf(month))
        + " năm "
        + date.getYear();
  }

  /** {@code 05/01/2027}. */
  public static String inChat(LocalDate date) {
    return twoDigits(date.getDayOfMonth())
        + "/"
        + twoDigits(date.getMonthValue())
        + "/"
        + date.getYear();
  }

  /**
   * The line under the national motto: {@code Đồng Nai, ngày 05 tháng 01 năm 2027}; without a
   * place, {@code Ngày 05 tháng 01 năm 2027}; a null date leaves the blanks of a draft.
   */
  public static String placeAndDate(String place, LocalDate date) {
    String day = date == null ? BLANK : inDocument(date);
    if (place == null || place.isBlank()) {
      return Character.toUpperCase(day.charAt(0)) + day.substring(1);
    }
    return place.strip() + ", " + day;
  }

  /** {@code 17 giờ 05 phút}, as minutes write the hour. */
  public static String time(LocalTime time) {
    return twoDigits(time.getHour()) + " giờ " + twoDigits(time.getMinute()) + " phút";
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
