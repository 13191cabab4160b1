package vn.exemplarbot.documents;

import static vn.exemplarbot.documents.Docx.line;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.exemplarbot.documents.Docx.Look;

/** The decision as an editable {@code .docx}, with the same texts as its PDF. */
final class DecisionDocx {

  private static final int BODY = 14;
  private static final int TABLE = 12;
  private static final String RED = "9B1B1B";
  private static final int[] HEAD_WIDTHS = {3500, Docx.TEXT_WIDTH - 3500};

  private final XWPFDocument doc;
  private final DecisionText text;

  private DecisionDocx(XWPFDocument doc, DecisionText text) {
    this.doc = doc;
    this.text = text;
  }

  static byte[] render(Issuer issuer, RecognitionDecision decision) {
    try (XWPFDocument doc = Docx.a4()) {
      new DecisionDocx(doc, DecisionText.of(issuer, decision)).write(decision.exemplars());
      doc.getProperties().getCoreProperties().setTitle("Quyết định công nhận điển hình tiên tiến");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(List<Exemplar> exemplars) {
    if (text.draft()) {
      draftMark();
    }
    heading();
    centred(DecisionText.TITLE, Look.bold(BODY)).setSpacingBefore(360);
    centred(text.subject(), Look.bold(BODY));
    Docx.rule(doc.createParagraph(), Docx.TEXT_WIDTH, 2000);
    centred(text.issuer(), Look.bold(BODY)).setSpacingBefore(120);
    for (String basis : text.bases()) {
      XWPFParagraph p = indented();
      p.setAlignment(ParagraphAlignment.BOTH);
      Docx.run(p, basis, Look.italic(BODY));
    }
    centred(DecisionText.DECIDES, Look.bold(BODY)).setSpacingBefore(120);
    for (DecisionText.Article article : text.articles()) {
      XWPFParagraph p = indented();
      p.setAlignment(ParagraphAlignment.BOTH);
      Docx.run(p, article.label() + " ", Look.bold(BODY));
      Docx.run(p, article.text(), Look.plain(BODY));
      if (article.label().equals("Điều 1.")) {
        table(exemplars);
      }
    }
    signatures();
  }

  private void draftMark() {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setIndentationLeft(Docx.TEXT_WIDTH - 1900);
    p.setBorderTop(Borders.SINGLE);
    p.setBorderBottom(Borders.SINGLE);
    p.setBorderLeft(Borders.SINGLE);
    p.setBorderRight(Borders.SINGLE);
    p.setSpacingAfter(120);
    Docx.run(p, DecisionText.DRAFT_MARK, new Look(13, true, false, RED));
  }

  private void heading() {
    Letterhead h = text.head();
    XWPFTable table = Docx.borderless(doc, 2, HEAD_WIDTHS);
    XWPFTableCell agency = table.getRow(0).getCell(0);
    XWPFParagraph p = Docx.first(agency);
    if (h.parent() != null) {
      line(p, h.parent(), Look.plain(12), ParagraphAlignment.CENTER);
      p = agency.addParagraph();
    }
    line(p, h.agency(), Look.bold(12), ParagraphAlignment.CENTER);
    Docx.rule(agency.addParagraph(), HEAD_WIDTHS[0], 1200);
    XWPFTableCell nation = table.getRow(0).getCell(1);
    line(Docx.first(nation), Letterhead.NATION, Look.bold(12), ParagraphAlignment.CENTER);
    line(nation.addParagraph(), Letterhead.MOTTO, Look.bold(13), ParagraphAlignment.CENTER);
    Docx.rule(nation.addParagraph(), HEAD_WIDTHS[1], 3100);
    line(
        Docx.first(table.getRow(1).getCell(0)),
        h.numberLine(),
        Look.plain(13),
        ParagraphAlignment.CENTER);
    line(
        Docx.first(table.getRow(1).getCell(1)),
        h.placeAndDate(),
        Look.italic(13),
        ParagraphAlignment.CENTER);
  }

  private void table(List<Exemplar> exemplars) {
    XWPFTable table = doc.createTable(exemplars.size() + 1, DecisionText.COLUMNS.size());
    table.setCellMargins(40, 70, 40, 70);
    Docx.widths(table, 700, 1900, 1300, 1600, Docx.TEXT_WIDTH - 5500);
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    for (int c = 0; c < DecisionText.COLUMNS.size(); c++) {
      line(
          Docx.first(header.getCell(c)),
          DecisionText.COLUMNS.get(c),
          Look.bold(TABLE),
          ParagraphAlignment.CENTER);
    }
    for (int i = 0; i < exemplars.size(); i++) {
      List<String> cells = DecisionText.row(i + 1, exemplars.get(i));
      XWPFTableRow row = table.getRow(i + 1);
      for (int c = 0; c < cells.size(); c++) {
        Look look = c == 1 ? Look.bold(TABLE) : Look.plain(TABLE);
        ParagraphAlignment align = c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
        line(Docx.first(row.getCell(c)), cells.get(c), look, align);
      }
    }
    doc.createParagraph();
  }

  private void signatures() {
    XWPFTable table = Docx.borderless(doc, 1, 4082, Docx.TEXT_WIDTH - 4082);
    XWPFTableCell left = table.getRow(0).getCell(0);
    line(
        Docx.first(left),
        DecisionText.RECIPIENTS,
        new Look(12, true, true, null),
        ParagraphAlignment.LEFT);
    for (String recipient : text.recipients()) {
      line(left.addParagraph(), recipient, Look.plain(11), ParagraphAlignment.LEFT);
    }
    XWPFTableCell right = table.getRow(0).getCell(1);
    List<String> titles = text.signerTitles();
    for (int i = 0; i < titles.size(); i++) {
      XWPFParagraph p = i == 0 ? Docx.first(right) : right.addParagraph();
      line(p, titles.get(i), Look.bold(BODY), ParagraphAlignment.CENTER);
    }
    for (int i = 0; i < 4; i++) {
      right.addParagraph();
    }
    line(right.addParagraph(), text.signerName(), Look.bold(BODY), ParagraphAlignment.CENTER);
  }

  private XWPFParagraph centred(String line, Look look) {
    return Docx.line(doc.createParagraph(), line, look, ParagraphAlignment.CENTER);
  }

  private XWPFParagraph indented() {
    XWPFParagraph p = doc.createParagraph();
    p.setFirstLineIndent(567);
    p.setSpacingAfter(60);
    return p;
  }
}
