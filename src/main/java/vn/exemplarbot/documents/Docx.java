package vn.exemplarbot.documents;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The pieces of an editable Word document in Decree 30's style: Times New Roman (which the office
 * has; the PDF uses Liberation Serif, its metric twin), A4, margins in twips.
 */
final class Docx {

  static final String FONT = "Times New Roman";

  /** A4 less the margins (30 mm left, 20 mm right), in twips. */
  static final int TEXT_WIDTH = 11906 - 1701 - 1134;

  /** A run's look: size in points, bold, italic, colour as hex or null. */
  record Look(int size, boolean bold, boolean italic, String color) {
    static Look plain(int size) {
      return new Look(size, false, false, null);
    }

    static Look bold(int size) {
      return new Look(size, true, false, null);
    }

    static Look italic(int size) {
      return new Look(size, false, true, null);
    }
  }

  private Docx() {}

  static XWPFDocument a4() {
    XWPFDocument doc = new XWPFDocument();
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    margins.setLeft(BigInteger.valueOf(1701));
    margins.setRight(BigInteger.valueOf(1134));
    margins.setTop(BigInteger.valueOf(1134));
    margins.setBottom(BigInteger.valueOf(1134));
    return doc;
  }

  /** Appends a run; line breaks in the text become breaks in the run. */
  static XWPFRun run(XWPFParagraph p, String text, Look look) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(look.size());
    r.setBold(look.bold());
    r.setItalic(look.italic());
    if (look.color() != null) {
      r.setColor(look.color());
    }
    String[] lines = clean(text).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addBreak();
      }
      r.setText(lines[i], i);
    }
    return r;
  }

  static XWPFParagraph line(XWPFParagraph p, String text, Look look, ParagraphAlignment align) {
    p.setAlignment(align);
    p.setSpacingAfter(0);
    run(p, text, look);
    return p;
  }

  /** A short centred rule: an empty paragraph with a bottom border, narrowed by indents. */
  static void rule(XWPFParagraph p, int widthTwips, int lineTwips) {
    int indent = Math.max(0, (widthTwips - lineTwips) / 2);
    p.setIndentationLeft(indent);
    p.setIndentationRight(indent);
    p.setBorderBottom(Borders.SINGLE);
    p.setSpacingBetween(6, LineSpacingRule.EXACT);
    p.setSpacingAfter(100);
    run(p, "", Look.plain(2));
  }

  static XWPFTable borderless(XWPFDocument doc, int rows, int... widths) {
    XWPFTable table = doc.createTable(rows, widths.length);
    table.removeBorders();
    table.setCellMargins(0, 10, 0, 10);
    widths(table, widths);
    return table;
  }

  /** Fixed column widths, in twips, that Word and LibreOffice both keep. */
  static void widths(XWPFTable table, int... widths) {
    table.setWidth(String.valueOf(TEXT_WIDTH));
    CTTblPr properties = table.getCTTbl().getTblPr();
    CTTblLayoutType layout =
        properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    for (int r = 0; r < table.getNumberOfRows(); r++) {
      for (int c = 0; c < widths.length; c++) {
        table.getRow(r).getCell(c).setWidth(String.valueOf(widths[c]));
      }
    }
  }

  /** The cell's first paragraph, emptied of nothing: new cells hold one. */
  static XWPFParagraph first(XWPFTableCell cell) {
    return cell.getParagraphs().get(0);
  }

  /** NFC, without the control characters XML refuses. */
  static String clean(String text) {
    return PdfBlocks.nfc(text).replace("\r\n", "\n").replaceAll("[\\x00-\\x08\\x0B-\\x1F]", "");
  }
}
