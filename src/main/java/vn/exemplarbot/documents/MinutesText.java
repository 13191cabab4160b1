package vn.exemplarbot.documents;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The sentences of the minutes, built from the facts. */
final class MinutesText {

  static final String SEAL_INTRO =
      "Dấu niêm phong của hòm phiếu (mã SHA-256 của các phiếu trong hòm, mỗi phiếu kèm một chuỗi"
          + " ngẫu nhiên chỉ lưu trong hòm phiếu; tính lại được từ cơ sở dữ liệu để kiểm chứng hòm"
          + " phiếu không bị thay đổi và số phiếu nêu trên đúng với hòm phiếu): ";

  private MinutesText() {}

  static List<String> opening(String agency, BallotMinutes m) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Hội đồng Thi đua - Khen thưởng "
            + agency
            + " tổ chức bỏ phiếu kín điện tử qua Telegram để bình xét, công nhận điển hình tiên tiến"
            + " năm "
            + m.year()
            + ". Cuộc bỏ phiếu mở lúc "
            + moment(m.openedAt())
            + " và kết thúc lúc "
            + moment(m.closedAt())
            + ".");
    lines.add(
        "Tổng số thành viên Hội đồng: "
            + m.members()
            + "; số thành viên đã bỏ phiếu: "
            + m.voted()
            + ".");
    lines.add(quorum(m));
    lines.add(threshold(m));
    if (m.rows().stream().anyMatch(r -> r.base() < m.members())) {
      lines.add(
          "Thành viên Hội đồng là người được đề nghị không bỏ phiếu đối với hồ sơ của chính mình"
              + " và không được tính vào tổng số thành viên của hồ sơ đó.");
    }
    lines.add(
        "Số phiếu phát ra: "
            + m.members()
            + "; số phiếu thu về: "
            + m.voted()
            + "; số phiếu hợp lệ: "
            + m.valid()
            + "; số phiếu không hợp lệ hoặc để trống: "
            + m.invalid()
            + ".");
    return lines;
  }

  static String receiptsIntro(int count) {
    if (count == 0) {
      return "Mã biên nhận của các phiếu đã bỏ: không có phiếu nào.";
    }
    return "Mã biên nhận của "
        + count
        + " phiếu đã bỏ, xếp theo thứ tự, không kèm lựa chọn (mỗi thành viên tìm mã của mình để"
        + " biết phiếu của mình đã được kiểm):";
  }

  /** {@code Đạt}, {@code Không đạt}, or {@code Không đủ túc số}. */
  static String result(MinutesRow row) {
    if (!row.quorumMet()) {
      return "Không đủ túc số";
    }
    return row.passed() ? "Đạt" : "Không đạt";
  }

  private static String quorum(BallotMinutes m) {
    String rule =
        "Túc số theo quy chế: số thành viên bỏ phiếu đối với mỗi hồ sơ “"
            + m.quorumRule()
            + "” tổng số thành viên Hội đồng";
    List<String> short_ =
        m.rows().stream().filter(r -> !r.quorumMet()).map(MinutesRow::code).toList();
    if (m.rows().isEmpty()) {
      return rule + ".";
    }
    if (short_.isEmpty()) {
      return rule + "; đủ túc số đối với cả " + m.rows().size() + " hồ sơ.";
    }
    return rule + "; không đủ túc số đối với hồ sơ " + String.join(", ", short_) + ".";
  }

  private static String threshold(BallotMinutes m) {
    String base;
    if (m.passBaseIsMembers()) {
      base = "tổng số thành viên Hội đồng";
    } else {
      base = m.allowAbstain() ? "số phiếu đã bỏ (kể cả phiếu không ý kiến)" : "số phiếu đã bỏ";
    }
    String abstain =
        m.allowAbstain()
            ? " Thành viên được chọn “Không ý kiến”; phiếu không ý kiến không được tính là đồng ý."
            : "";
    return "Điều kiện đạt: số phiếu đồng ý “" + m.thresholdRule() + "” " + base + "." + abstain;
  }

  private static String moment(ZonedDateTime at) {
    return DocumentDates.time(at.toLocalTime()) + " " + DocumentDates.inDocument(at.toLocalDate());
  }
}
