package vn.exemplarbot.documents;

import static vn.exemplarbot.documents.PdfBlocks.paragraph;
import static vn.exemplarbot.documents.PdfBlocks.run;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;

/** The decision (Quyết định công nhận) as a PDF, laid out as {@code documents.md} says. */
final class DecisionPdf {

  private static final float BODY = 14;
  private static final float TABLE = 12;
  private static final Color HEADER = new Color(0xee, 0xee, 0xee);

  private final DecisionText text;
  private final List<Exemplar> exemplars;

  private DecisionPdf(DecisionText text, List<Exemplar> exemplars) {
    this.text = text;
    this.exemplars = exemplars;
  }

  static byte[] render(Issuer issuer, RecognitionDecision decision) {
    DecisionText text = DecisionText.of(issuer, decision);
    PageMarks marks =
        text.draft() ? new PageMarks(DecisionText.DRAFT_MARK, Fonts.RED) : PageMarks.plain();
    DecisionPdf pdf = new DecisionPdf(text, decision.exemplars());
    return PdfBlocks.render(
        PageSize.A4,
        MinutesPdf.MARGINS_MM,
        marks,
        "Quyết định " + text.subject(),
        (document, writer) -> pdf.write(document));
  }

  private void write(Document document) {
    if (text.draft()) {
      document.add(draftMark());
    }
    document.add(PdfBlocks.letterhead(text.head()));
    Paragraph title = paragraph(DecisionText.TITLE, Fonts.bold(BODY), Element.ALIGN_CENTER);
    title.setSpacingBefore(18);
    document.add(title);
    document.add(paragraph(text.subject(), Fonts.bold(BODY), Element.ALIGN_CENTER));
    document.add(PdfBlocks.rule(22));
    Paragraph issuer = paragraph(text.issuer(), Fonts.bold(BODY), Element.ALIGN_CENTER);
    issuer.setSpacingBefore(10);
    issuer.setSpacingAfter(6);
    document.add(issuer);
    for (String basis : text.bases()) {
      document.add(indented(paragraph(basis, Fonts.italic(BODY), Element.ALIGN_JUSTIFIED)));
    }
    Paragraph decides = paragraph(DecisionText.DECIDES, Fonts.bold(BODY), Element.ALIGN_CENTER);
    decides.setSpacingBefore(8);
    decides.setSpacingAfter(6);
    document.add(decides);
    articles(document);
    document.add(signatures());
  }

  private void articles(Document document) {
    for (DecisionText.Article article : text.articles()) {
      document.add(
          indented(
              PdfBlocks.paragraph(
                  Element.ALIGN_JUSTIFIED,
                  run(article.label() + " ", Fonts.bold(BODY)),
                  run(article.text(), Fonts.regular(BODY)))));
      if (article.label().equals("Điều 1.")) {
        document.add(table());
      }
    }
  }

  private PdfPTable table() {
    PdfPTable table = PdfBlocks.table(7, 20, 14, 17, 42);
    table.setSpacingBefore(6);
    table.setSpacingAfter(8);
    for (String column : DecisionText.COLUMNS) {
      PdfPCell cell = PdfBlocks.boxed(column, Fonts.bold(TABLE), Element.ALIGN_CENTER);
      cell.setBackgroundColor(HEADER);
      table.addCell(cell);
    }
    table.setHeaderRows(1);
    int n = 1;
    for (Exemplar e : exemplars) {
      List<String> cells = DecisionText.row(n++, e);
      for (int c = 0; c < cells.size(); c++) {
        PdfPCell cell =
            PdfBlocks.boxed(
                cells.get(c),
                c == 1 ? Fonts.bold(TABLE) : Fonts.regular(TABLE),
                c == 0 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(cell);
      }
    }
    return table;
  }

  private PdfPTable signatures() {
    PdfPTable table = PdfBlocks.table(45, 55);
    table.setSpacingBefore(10);
    table.setKeepTogether(true);
    PdfPCell recipients =
        PdfBlocks.bare(
            paragraph(DecisionText.RECIPIENTS, Fonts.boldItalic(12), Element.ALIGN_LEFT));
    for (String line : text.recipients()) {
      recipients.addElement(paragraph(line, Fonts.regular(11), Element.ALIGN_LEFT));
    }
    table.addCell(recipients);
    table.addCell(PdfBlocks.signature(text.signerTitles(), null, text.signerName(), BODY));
    return table;
  }

  /** A red box at the top right, besides the diagonal stamp on every page. */
  private static PdfPTable draftMark() {
    PdfPTable box = new PdfPTable(1);
    box.setTotalWidth(32 * PdfBlocks.MM);
    box.setLockedWidth(true);
    box.setHorizontalAlignment(Element.ALIGN_RIGHT);
    box.setSpacingAfter(4);
    PdfPCell cell =
        PdfBlocks.boxed(
            DecisionText.DRAFT_MARK,
            Fonts.colored(Fonts.bold(13), Fonts.RED),
            Element.ALIGN_CENTER);
    cell.setBorderColor(Fonts.RED);
    cell.setBorderWidth(1.2f);
    box.addCell(cell);
    return box;
  }

  private static Paragraph indented(Paragraph p) {
    p.setFirstLineIndent(10 * PdfBlocks.MM);
    p.setSpacingAfter(3);
    return p;
  }
}
