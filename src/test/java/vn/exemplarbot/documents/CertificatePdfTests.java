package vn.exemplarbot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CertificatePdfTests {

  private static final Exemplar HANG = Samples.exemplars().get(0);
  private static final String MOVEMENT = "Thi đua thực hiện thắng lợi nhiệm vụ chính trị năm 2026";

  @Test
  void aPersonsCertificateIsOneLandscapePageWithEveryLine() {
    byte[] pdf = Documents.certificatePdf(Samples.issuer(), Samples.certificate(HANG, MOVEMENT));
    Samples.keep("certificate.pdf", pdf);
    PdfFile read = PdfFile.read(pdf);

    assertThat(read.pages()).isEqualTo(1);
    assertThat(read.sizes().get(0).landscape()).isTrue();
    assertThat(read.sizes().get(0).width()).isEqualTo(842f, within(1f));
    assertThat(read.flat())
        .containsSubsequence(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "GIÁM ĐỐC SỞ NGOẠI VỤ TỈNH ĐỒNG NAI",
            "GIẤY CÔNG NHẬN",
            "Bà Nguyễn Thị Hằng",
            "Phó Trưởng phòng, Phòng Hợp tác quốc tế",
            "Đã có thành tích xuất sắc, là điển hình tiên tiến trong phong trào thi đua thực hiện"
                + " thắng lợi nhiệm vụ chính trị năm 2026",
            "(Quyết định số 15/QĐ-SNgV ngày 05 tháng 01 năm 2027)")
        .contains("Đồng Nai, ngày 05 tháng 01 năm 2027", "GIÁM ĐỐC", "Trần Quốc Bình", "Số sổ: 12")
        .doesNotContain("năm 2026 năm 2026", "ĐÃ THU HỒI");
    assertThat(read.fonts()).allSatisfy(f -> assertThat(f.embedded()).as(f.name()).isTrue());
  }

  @Test
  void addsTheYearToAMovementThatDoesNotEndWithIt() {
    assertThat(CertificatePdf.movement("Chuyển đổi số", 2026))
        .isEqualTo("phong trào chuyển đổi số năm 2026");
    assertThat(CertificatePdf.movement("Phong trào thi đua năm 2026", 2026))
        .isEqualTo("phong trào thi đua năm 2026");
    assertThat(CertificatePdf.movement("Thi đua CCHC 2026.", 2026))
        .isEqualTo("phong trào thi đua CCHC 2026");
    assertThat(CertificatePdf.movement("CCHC giai đoạn 2020-12026", 2026))
        .isEqualTo("phong trào CCHC giai đoạn 2020-12026 năm 2026");
  }

  @Test
  void aCollectivesCertificateNamesItWithoutHonorificAndADeputySigns() {
    Exemplar division = Samples.exemplars().get(2);
    byte[] pdf =
        Documents.certificatePdf(
            Samples.deputyWithRights(), Samples.certificate(division, "Chuyển đổi số"));
    Samples.keep("certificate-collective.pdf", pdf);
    String text = PdfFile.read(pdf).flat();

    assertThat(text)
        .contains("GIẤY CÔNG NHẬN Phòng Lãnh sự Đã có thành tích xuất sắc")
        .contains("trong phong trào chuyển đổi số năm 2026")
        .containsSubsequence("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Thu Hà")
        .doesNotContain("Ông Phòng", "Bà Phòng");
  }

  @Test
  void aRevokedCertificateIsMarked() throws IOException {
    Certificate revoked = Samples.certificate(HANG, MOVEMENT).asRevoked();
    byte[] pdf = Documents.certificatePdf(Samples.issuer(), revoked);
    Samples.keep("certificate-revoked.pdf", pdf);

    assertThat(PdfFile.read(pdf).text()).contains("ĐÃ THU HỒI").contains("Nguyễn Thị Hằng");
  }

  @Test
  void aLongNameWithEveryDiacriticStaysOnOnePageAndPopplerReadsItToo() throws Exception {
    Exemplar long_ =
        Exemplar.person(
            "Ông",
            "Nguyễn Huỳnh Đặng Thị Ỷ Lữ Ngưỡng Khuê <b>&\"*_[]",
            "Phó Trưởng phòng phụ trách công tác thông tin đối ngoại và lãnh sự",
            "Phòng Hợp tác quốc tế và Thông tin đối ngoại",
            "");
    byte[] pdf = Documents.certificatePdf(Samples.issuer(), Samples.certificate(long_, MOVEMENT));
    Samples.keep("certificate-long-name.pdf", pdf);

    PdfFile read = PdfFile.read(pdf);
    assertThat(read.pages()).isEqualTo(1);
    assertThat(read.flat())
        .contains("Phòng Hợp tác quốc tế và Thông tin đối ngoại")
        .contains("(Quyết định số 15/QĐ-SNgV ngày 05 tháng 01 năm 2027)", "Trần Quốc Bình");
    Path pdftotext = Path.of("/usr/bin/pdftotext");
    Assumptions.assumeTrue(Files.isExecutable(pdftotext), "poppler-utils is installed");
    Path file = Files.createTempFile("certificate", ".pdf");
    try {
      Files.write(file, pdf);
      Process p = new ProcessBuilder(pdftotext.toString(), file.toString(), "-").start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).isZero();
      assertThat(text.replaceAll("\\s+", " "))
          .contains("Ông Nguyễn Huỳnh Đặng Thị Ỷ Lữ Ngưỡng Khuê <b>&\"*_[]")
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void refusesACertificateOfAnUnnumberedDecision() {
    assertThatThrownBy(
            () -> new Certificate(HANG, MOVEMENT, 2026, null, LocalDate.of(2027, 1, 5), "1", false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
