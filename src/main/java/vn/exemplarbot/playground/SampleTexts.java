package vn.exemplarbot.playground;

import java.util.List;

/** What the sample proposers type: realistic answers of a Sở Ngoại vụ's staff. */
final class SampleTexts {

  private static final List<String> ACHIEVEMENTS =
      List.of(
          "Chủ trì số hoá 1.200 hồ sơ lãnh sự; rút thời gian cấp giấy tờ từ 5 xuống 2 ngày.",
          "Tổ chức đón 14 đoàn khách quốc tế của tỉnh, không để xảy ra sai sót lễ tân.",
          "Phòng hoàn thành 100% nhiệm vụ năm, triển khai chữ ký số cho mọi văn bản đi.");

  private static final List<String> CRITERIA =
      List.of(
          "Chấp hành nghiêm chủ trương của Đảng, pháp luật của Nhà nước; không vi phạm kỷ luật.",
          "Hoàn thành xuất sắc nhiệm vụ được giao, được lãnh đạo Sở ghi nhận.",
          "Cách làm mới được các phòng khác học tập, nhân rộng.",
          "Tích cực tham gia hiến máu tình nguyện và quỹ vì người nghèo.");

  private SampleTexts() {}

  static String achievements(int n) {
    return ACHIEVEMENTS.get((n - 1) % ACHIEVEMENTS.size());
  }

  static String criterion(int i) {
    return CRITERIA.get((i - 1) % CRITERIA.size());
  }
}
