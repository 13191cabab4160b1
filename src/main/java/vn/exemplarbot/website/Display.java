package vn.exemplarbot.website;

import vn.exemplarbot.decision.Recognition;
import vn.exemplarbot.messaging.Texts;

/** How an exemplar is named and its decision cited, alike on the page, in the feed and in chat. */
final class Display {

  private Display() {}

  /** {@code Bà Đỗ Thị Hương}, or {@code Tập thể Phòng Lãnh sự}. */
  static String title(Recognition r, Texts texts) {
    if (r.collective()) {
      return texts.get(Texts.VI, "website.collective", r.name());
    }
    return r.honorific() == null || r.honorific().isBlank()
        ? r.name()
        : r.honorific() + " " + r.name();
  }

  /** {@code Số 1/QĐ-SNgV ngày 01/12/2026}. */
  static String decision(Recognition r, Texts texts) {
    return texts.get(
        Texts.VI,
        "website.decision.value",
        r.decisionNumber(),
        ExemplarPages.DAY.format(r.decisionDate()));
  }
}
