package vn.exemplarbot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DecisionDocumentsTests {

  @Test
  void aNumberedDecisionCarriesItsNumberDateBasesArticlesAndSigner() {
    byte[] pdf = Documents.decisionPdf(Samples.issuer(), Samples.numbered(Samples.exemplars()));
    Samples.keep("decision.pdf", pdf);
    String text = PdfFile.read(pdf).flat();

    assertThat(text)
        .contains("UBND TỈNH ĐỒNG NAI", "SỞ NGOẠI VỤ", "Số: 15/QĐ-SNgV")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
        .contains("Đồng Nai, ngày 05 tháng 01 năm 2027")
        .contains("QUYẾT ĐỊNH Về việc công nhận điển hình tiên tiến năm 2026")
        .contains("GIÁM ĐỐC SỞ NGOẠI VỤ")
        .contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
        .contains("Căn cứ Nghị định số 98/2023/NĐ-CP")
        .contains(
            "Căn cứ Biên bản kiểm phiếu của Hội đồng Thi đua - Khen thưởng ngày 15 tháng 12 năm"
                + " 2026;")
        .contains("Theo đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng.")
        .contains("QUYẾT ĐỊNH:", "Điều 1. Công nhận các cá nhân, tập thể có tên sau đây")
        .contains("STT", "Họ và tên / Tập thể", "Chức vụ", "Đơn vị", "Thành tích tóm tắt")
        .contains("Nguyễn Thị Hằng", "Huỳnh Đức Thịnh", "Phó Trưởng phòng", "Phòng Lãnh sự")
        .contains("Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.")
        .contains("Trần Quốc Bình")
        .doesNotContain("DỰ THẢO", "KT.", "Điều 3.");
    assertThat(text).containsSubsequence("Điều 1.", "Điều 2. Quyết định này có hiệu lực");
  }

  @Test
  void aDraftLeavesTheNumberAndDateBlankAndIsMarked() {
    byte[] pdf = Documents.decisionPdf(Samples.issuer(), Samples.draft(Samples.exemplars()));
    Samples.keep("decision-draft.pdf", pdf);
    String text = PdfFile.read(pdf).text();

    assertThat(text).contains("DỰ THẢO").containsPattern("Số: +/QĐ-SNgV");
    assertThat(text).doesNotContain("15/QĐ-SNgV").doesNotContain("ngày 05 tháng 01 năm 2027");
    assertThat(PdfFile.read(pdf).flat()).contains("Đồng Nai, ngày tháng năm");
  }

  @Test
  void aDeputySignsOnBehalfAndRightsBecomeArticleTwo() {
    byte[] pdf =
        Documents.decisionPdf(Samples.deputyWithRights(), Samples.numbered(Samples.exemplars()));
    Samples.keep("decision-deputy.pdf", pdf);
    String text = PdfFile.read(pdf).flat();

    assertThat(text)
        .contains("GIÁM ĐỐC SỞ NGOẠI VỤ")
        .containsSubsequence("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Thu Hà")
        .contains("Điều 2. " + Samples.RIGHTS)
        .contains("Điều 3. Quyết định này có hiệu lực", "- Như Điều 3;");
  }

  @Test
  void longAchievementsDiacriticsAndMarkupCharactersBreakAcrossPagesIntact() {
    String achievements = Samples.longAchievements();
    List<Exemplar> exemplars =
        List.of(
            Exemplar.person(
                "Bà", "Đặng Thị Ỷ Lữ", "Chuyên viên", "Phòng <Hợp> & \"tác\"", achievements),
            Exemplar.person("Ông", "Huỳnh Đức Thịnh", null, "Phòng Lãnh sự", achievements),
            Exemplar.person("Ông", "Ngô Quý *Ưng*_[Ỵ]", null, null, achievements));
    byte[] pdf = Documents.decisionPdf(Samples.issuer(), Samples.numbered(exemplars));
    Samples.keep("decision-long.pdf", pdf);
    PdfFile read = PdfFile.read(pdf);

    assertThat(achievements.length()).isGreaterThanOrEqualTo(2000);
    assertThat(read.pages()).isGreaterThan(1);
    assertThat(read.flat())
        .contains(Samples.EVERY_DIACRITIC)
        .contains(Samples.SPECIAL + " HẾT.")
        .contains("Phòng <Hợp> & \"tác\"", "Ngô Quý *Ưng*_[Ỵ]", "Đặng Thị Ỷ Lữ");
    assertThat(read.text().split("Thành tích tóm tắt", -1).length - 1)
        .as("the table's header repeats on the next page")
        .isGreaterThan(1);
  }

  @Test
  void embedsLiberationSerifForEveryTextOfTheDecision() {
    PdfFile pdf =
        PdfFile.read(Documents.decisionPdf(Samples.issuer(), Samples.draft(Samples.exemplars())));

    assertThat(pdf.fonts())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.embedded()).as(f.name()).isTrue())
        .allSatisfy(f -> assertThat(f.name()).contains("Liberation"));
  }

  @Test
  void theWordDocumentHoldsTheSameFacts() throws IOException {
    byte[] docx =
        Documents.decisionDocx(Samples.deputyWithRights(), Samples.numbered(Samples.exemplars()));
    Samples.keep("decision.docx", docx);
    String text = words(docx);

    assertThat(text)
        .contains("UBND TỈNH ĐỒNG NAI", "SỞ NGOẠI VỤ", "Số: 15/QĐ-SNgV")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
        .contains("Đồng Nai, ngày 05 tháng 01 năm 2027")
        .contains("QUYẾT ĐỊNH", "Về việc công nhận điển hình tiên tiến năm 2026")
        .contains("GIÁM ĐỐC SỞ NGOẠI VỤ", "Căn cứ Luật Thi đua, khen thưởng")
        .contains("ngày 15 tháng 12 năm 2026;", "QUYẾT ĐỊNH:")
        .contains("Điều 1.", "Điều 2. " + Samples.RIGHTS, "Điều 3.")
        .contains("Thành tích tóm tắt", "Nguyễn Thị Hằng", "Huỳnh Đức Thịnh")
        .contains("Nơi nhận:", "- Như Điều 3;", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Thu Hà")
        .doesNotContain("DỰ THẢO");
  }

  @Test
  void theWordDraftIsMarkedAndKeepsMarkupCharactersAsText() throws IOException {
    List<Exemplar> exemplars =
        List.of(
            Exemplar.person(
                "Ông", "Ngô Quý *Ưng*_[Ỵ]", null, "Phòng <Hợp>", Samples.longAchievements()));
    byte[] docx = Documents.decisionDocx(Samples.issuer(), Samples.draft(exemplars));
    Samples.keep("decision-draft.docx", docx);
    String text = words(docx);

    assertThat(text)
        .contains("DỰ THẢO")
        .containsPattern("Số: +/QĐ-SNgV")
        .contains("Ngô Quý *Ưng*_[Ỵ]", "Phòng <Hợp>", Samples.SPECIAL + " HẾT.")
        .contains(Samples.EVERY_DIACRITIC)
        .doesNotContain("Điều 3.");
  }

  @Test
  void rendersOnManyThreadsAtOnceWithTheSharedFonts() {
    RecognitionDecision decision = Samples.numbered(Samples.exemplars());
    String alone = PdfFile.read(Documents.decisionPdf(Samples.issuer(), decision)).text();

    List<String> together =
        IntStream.range(0, 16)
            .parallel()
            .mapToObj(i -> PdfFile.read(Documents.decisionPdf(Samples.issuer(), decision)).text())
            .toList();

    assertThat(together).hasSize(16).allSatisfy(text -> assertThat(text).isEqualTo(alone));
  }

  @Test
  void refusesADecisionWithoutASigner() {
    Issuer nobody = new Issuer(Samples.ORGANIZATION, null, Samples.BASES, "");

    assertThatThrownBy(() -> Documents.decisionPdf(nobody, Samples.draft(Samples.exemplars())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("signer");
  }

  private static String words(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }
}
