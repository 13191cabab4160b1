package vn.exemplarbot.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The rules the cycle runs under, from {@code settings.yml}, with every default applied.
 *
 * @param announceChatId the group or channel for announcements, or null
 */
public record Settings(
    Cycle cycle,
    List<String> movements,
    List<String> criteria,
    BallotRules ballot,
    ReminderRules reminders,
    List<LocalDate> holidays,
    NominationRules nominations,
    DocumentRules documents,
    Long announceChatId) {

  /** The plan's four general criteria, used when settings name none. */
  public static final List<String> DEFAULT_CRITERIA =
      List.of(
          "Gương mẫu chấp hành tốt chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước",
          "Hoàn thành xuất sắc mọi nhiệm vụ được giao",
          "Tiêu biểu, có sức lan tỏa, tác động tích cực đối với cơ quan và trong đời sống xã hội",
          "Có tinh thần tương thân tương ái, giúp đỡ mọi người cùng tiến bộ; tích cực tham gia hoạt"
              + " động nhân đạo, từ thiện");

  public Settings {
    Objects.requireNonNull(cycle, "cycle");
    movements = List.copyOf(movements);
    criteria = List.copyOf(criteria);
    holidays = List.copyOf(holidays);
  }

  /** The default single movement of a year. */
  public static String defaultMovement(int year) {
    return "Phong trào thi đua năm " + year;
  }

  /** The same settings with another document rule set (used to resolve the default signer). */
  public Settings withDocuments(DocumentRules rules) {
    return new Settings(
        cycle,
        movements,
        criteria,
        ballot,
        reminders,
        holidays,
        nominations,
        rules,
        announceChatId);
  }
}
