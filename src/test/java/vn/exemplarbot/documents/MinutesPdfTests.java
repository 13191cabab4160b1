package vn.exemplarbot.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinutesPdfTests {

  private static final List<String> RECEIPTS = Samples.receipts(24, 7);

  @Test
  void printsTheHeadingTitleAndDatesWithEveryDiacritic() {
    String text = PdfFile.read(render(Samples.minutes(RECEIPTS), "minutes.pdf")).flat();

    assertThat(text)
        .contains("UBND TỈNH ĐỒNG NAI", "SỞ NGOẠI VỤ")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
        .contains("Đồng Nai, ngày 15 tháng 12 năm 2026")
        .contains("BIÊN BẢN KIỂM PHIẾU", "Bình xét, công nhận điển hình tiên tiến năm 2026")
        .contains("Hội đồng Thi đua - Khen thưởng Sở Ngoại vụ tỉnh Đồng Nai")
        .contains("bỏ phiếu kín điện tử qua Telegram")
        .contains("mở lúc 08 giờ 00 phút ngày 12 tháng 12 năm 2026")
        .contains("Nguyễn Thị Hằng", "Huỳnh Đức Thịnh", "Trương Thị Ngọc Ánh")
        .contains("Biên bản được lập vào hồi 17 giờ 30 phút ngày 15 tháng 12 năm 2026.")
        .contains("THƯ KÝ HỘI ĐỒNG", "Phạm Thị Thanh Xuân", "CHỦ TỊCH HỘI ĐỒNG", "Trần Quốc Bình")
        .doesNotContain("Số:");
  }

  @Test
  void printsTheCountsSharesThresholdAndResultOfEachNomination() {
    String text = PdfFile.read(render(Samples.minutes(RECEIPTS), null)).flat();

    assertThat(text)
        .contains("Tổng số thành viên Hội đồng: 7; số thành viên đã bỏ phiếu: 7.")
        .contains("Số phiếu phát ra: 7; số phiếu thu về: 7; số phiếu hợp lệ: 7")
        .contains("không hợp lệ hoặc để trống: 0")
        .contains("“>= 2/3”", "“>= 4/7”")
        .contains("không đủ túc số đối với hồ sơ N-6")
        .contains("57,14% (4/7)", "42,86% (3/7)", "100,00% (6/6)", "28,57% (2/7)", "50,00% (2/4)")
        .contains(">= 4/7 (≥ 4/7)", ">= 4/7 (≥ 4/6)")
        .contains("Không ý kiến", "Không đủ túc số");
    assertThat(text.split("Không đạt", -1)).hasSize(2);
    assertThat(text.split(" Đạt ", -1)).hasSize(3);
  }

  @Test
  void leavesTheAbstainColumnOutWhenAbstentionWasNotAllowed() {
    BallotMinutes m = Samples.minutes(RECEIPTS);
    BallotMinutes noAbstain =
        new BallotMinutes(
            m.year(),
            m.openedAt(),
            m.closedAt(),
            m.quorumRule(),
            "> 50%",
            false,
            false,
            m.members(),
            m.voted(),
            m.valid(),
            m.invalid(),
            m.rows(),
            m.sortedReceipts(),
            m.seal(),
            m.secretaryName(),
            m.chairName());

    String text = PdfFile.read(render(noAbstain, null)).flat();

    assertThat(text)
        .doesNotContain("Không ý kiến")
        .contains("số phiếu đã bỏ")
        .contains("> 50% (≥ 4/7)");
  }

  @Test
  void listsTheReceiptsSortedAndPrintsTheSeal() {
    BallotMinutes minutes = Samples.minutes(RECEIPTS);
    String text = PdfFile.read(render(minutes, null)).flat();

    List<String> sorted = new ArrayList<>(RECEIPTS);
    sorted.sort(null);
    assertThat(sorted).isNotEqualTo(RECEIPTS);
    int last = -1;
    for (String code : sorted) {
      int at = text.indexOf(code);
      assertThat(at).as("%s after the one before", code).isGreaterThan(last);
      last = at;
    }
    assertThat(minutes.seal()).hasSize(64);
    assertThat(text).contains(minutes.seal()).contains("SHA-256");
  }

  @Test
  void embedsItsFontsAndBreaksAThousandReceiptsAcrossPages() {
    List<String> many = Samples.receipts(1000, 11);
    PdfFile pdf = PdfFile.read(render(Samples.minutes(many), "minutes-1000-receipts.pdf"));

    assertThat(pdf.pages()).isGreaterThan(2);
    assertThat(pdf.flat()).contains(many.get(999), Samples.seal(many), "CHỦ TỊCH HỘI ĐỒNG");
    assertThat(pdf.fonts())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.embedded()).as(f.name()).isTrue())
        .allSatisfy(f -> assertThat(f.name()).contains("Liberation"))
        .anySatisfy(f -> assertThat(f.name()).contains("LiberationSerif"));
  }

  private static byte[] render(BallotMinutes minutes, String keepAs) {
    byte[] pdf = Documents.minutesPdf(Samples.issuer(), minutes);
    if (keepAs != null) {
      Samples.keep(keepAs, pdf);
    }
    return pdf;
  }
}
