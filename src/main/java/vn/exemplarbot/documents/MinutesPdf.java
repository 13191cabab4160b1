package vn.exemplarbot.documents;

import static vn.exemplarbot.documents.PdfBlocks.paragraph;
import static vn.exemplarbot.documents.PdfBlocks.run;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.ZonedDateTime;
import java.util.List;

/** The ballot minutes (Biên bản kiểm phiếu), laid out as {@code documents.md} says. */
final class MinutesPdf {

  static final float[] MARGINS_MM = {30, 20, 20, 20};
  private static final float BODY = 13;

  private final Issuer issuer;
  private final BallotMinutes minutes;

  private MinutesPdf(Issuer issuer, BallotMinutes minutes) {
    this.issuer = issuer;
    this.minutes = minutes;
  }

  static byte[] render(Issuer issuer, BallotMinutes minutes) {
    MinutesPdf pdf = new MinutesPdf(issuer, minutes);
    return PdfBlocks.render(
        PageSize.A4,
        MARGINS_MM,
        PageMarks.plain(),
        "Biên bản kiểm phiếu năm " + minutes.year(),
        (document, writer) -> pdf.write(document));
  }

  private void write(Document document) {
    document.add(
        PdfBlocks.letterhead(
            Letterhead.of(issuer.organization(), null, minutes.closedAt().toLocalDate())));
    Paragraph title = paragraph("BIÊN BẢN KIỂM PHIẾU", Fonts.bold(14), Element.ALIGN_CENTER);
    title.setSpacingBefore(18);
    document.add(title);
    document.add(
        paragraph(
            "Bình xét, công nhận điển hình tiên tiến năm " + minutes.year(),
            Fonts.bold(14),
            Element.ALIGN_CENTER));
    document.add(PdfBlocks.rule(22));
    for (String text : MinutesText.opening(issuer.organization().name(), minutes)) {
      document.add(body(text));
    }
    Paragraph results = paragraph("Kết quả kiểm phiếu:", Fonts.bold(BODY), Element.ALIGN_LEFT);
    results.setSpacingBefore(6);
    results.setSpacingAfter(6);
    document.add(results);
    document.add(MinutesTables.counts(minutes));
    receipts(document);
    closing(document);
  }

  private void receipts(Document document) {
    List<String> codes = minutes.sortedReceipts();
    Paragraph intro = body(MinutesText.receiptsIntro(codes.size()));
    intro.setSpacingBefore(8);
    document.add(intro);
    if (!codes.isEmpty()) {
      document.add(MinutesTables.receipts(codes, document.right() - document.left()));
    }
    document.add(
        PdfBlocks.paragraph(
            Element.ALIGN_JUSTIFIED,
            run(MinutesText.SEAL_INTRO, Fonts.regular(BODY)),
            run(minutes.seal() == null ? "" : minutes.seal(), Fonts.mono(10.5f))));
  }

  /** The closing line and both signatures, kept on one page so no signature stands alone. */
  private void closing(Document document) {
    ZonedDateTime at = minutes.closedAt();
    Paragraph line =
        body(
            "Biên bản được lập vào hồi "
                + DocumentDates.time(at.toLocalTime())
                + " "
                + DocumentDates.inDocument(at.toLocalDate())
                + ".");
    PdfPTable signatures = PdfBlocks.table(50, 50);
    signatures.setSpacingBefore(6);
    signatures.setKeepTogether(true);
    PdfPCell closingLine = PdfBlocks.bare(line);
    closingLine.setColspan(2);
    closingLine.setPaddingBottom(8);
    signatures.addCell(closingLine);
    String note = "(Ký, ghi rõ họ tên)";
    signatures.addCell(
        PdfBlocks.signature(List.of("THƯ KÝ HỘI ĐỒNG"), note, minutes.secretaryName(), BODY));
    signatures.addCell(
        PdfBlocks.signature(List.of("CHỦ TỊCH HỘI ĐỒNG"), note, minutes.chairName(), BODY));
    document.add(signatures);
  }

  private static Paragraph body(String text) {
    Paragraph p = paragraph(text, Fonts.regular(BODY), Element.ALIGN_JUSTIFIED);
    p.setFirstLineIndent(10 * PdfBlocks.MM);
    p.setSpacingAfter(3);
    return p;
  }
}
