package vn.exemplarbot.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEvent;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;

/** The pieces every PDF here is made of: paragraphs, rules, the letterhead, signature blocks. */
final class PdfBlocks {

  /** One millimetre in PDF points. */
  static final float MM = 72f / 25.4f;

  private PdfBlocks() {}

  /** What a PDF is made of, added between open and close. */
  interface Body {
    void write(Document document, PdfWriter writer);
  }

  /**
   * Renders a document.
   *
   * @param marginsMm left, right, top, bottom
   */
  static byte[] render(
      Rectangle page, float[] marginsMm, PdfPageEvent marks, String title, Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document =
        new Document(
            page, marginsMm[0] * MM, marginsMm[1] * MM, marginsMm[2] * MM, marginsMm[3] * MM);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(marks);
    document.addTitle(nfc(title));
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString("vi-VN"));
    document.addCreator("Exemplar Bot");
    document.open();
    body.write(document, writer);
    document.close();
    return out.toByteArray();
  }

  /** Vietnamese text as the font's precomposed glyphs expect it. */
  static String nfc(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  static Paragraph paragraph(String text, Font font, int alignment) {
    Paragraph p = new Paragraph(nfc(text), font);
    p.setAlignment(alignment);
    p.setLeading(0, 1.2f);
    return p;
  }

  /** A paragraph of runs in different fonts, e.g. a bold {@code Điều 1.} then plain text. */
  static Paragraph paragraph(int alignment, Chunk... runs) {
    Paragraph p = new Paragraph();
    p.setFont(runs[0].getFont());
    for (Chunk run : runs) {
      p.add(run);
    }
    p.setAlignment(alignment);
    p.setLeading(0, 1.2f);
    return p;
  }

  static Chunk run(String text, Font font) {
    return new Chunk(nfc(text), font);
  }

  /** A short centred rule, {@code percent} of the width it stands in, clear of the line above. */
  static Paragraph rule(float percent) {
    Chunk line = new Chunk(new LineSeparator(0.6f, percent, Color.BLACK, Element.ALIGN_CENTER, 0));
    line.setFont(Fonts.regular(12));
    Paragraph p = new Paragraph(line);
    p.setFont(Fonts.regular(12));
    p.setLeading(8.5f);
    p.setSpacingAfter(3);
    return p;
  }

  static Paragraph space(float points) {
    Paragraph p = new Paragraph(" ", Fonts.regular(points));
    p.setLeading(points);
    return p;
  }

  /** A cell without borders holding elements, laid out as in the page (composite mode). */
  static PdfPCell bare(Element... elements) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    cell.setUseAscender(true);
    for (Element e : elements) {
      cell.addElement(e);
    }
    return cell;
  }

  /** A table cell with a border and a little padding. */
  static PdfPCell boxed(String text, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(nfc(text), font));
    cell.setHorizontalAlignment(alignment);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setPadding(3);
    cell.setPaddingBottom(5);
    cell.setUseAscender(true);
    cell.setLeading(0, 1.15f);
    return cell;
  }

  static PdfPTable table(float... widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSplitLate(false);
    table.setSplitRows(true);
    return table;
  }

  /** The common heading: agency on the left, nation on the right, number and date on one line. */
  static PdfPTable letterhead(Letterhead h) {
    PdfPTable table = table(40, 60);
    List<Element> agency = new java.util.ArrayList<>();
    if (h.parent() != null) {
      agency.add(paragraph(h.parent(), Fonts.regular(12), Element.ALIGN_CENTER));
    }
    agency.add(paragraph(h.agency(), Fonts.bold(12), Element.ALIGN_CENTER));
    agency.add(rule(35));
    table.addCell(bare(agency.toArray(Element[]::new)));
    table.addCell(
        bare(
            paragraph(Letterhead.NATION, Fonts.bold(12), Element.ALIGN_CENTER),
            paragraph(Letterhead.MOTTO, Fonts.bold(13), Element.ALIGN_CENTER),
            rule(58)));
    Paragraph number =
        paragraph(
            h.numberLine() == null ? "" : h.numberLine(), Fonts.regular(13), Element.ALIGN_CENTER);
    number.setSpacingBefore(4);
    Paragraph date = paragraph(h.placeAndDate(), Fonts.italic(13), Element.ALIGN_CENTER);
    date.setSpacingBefore(4);
    table.addCell(bare(number));
    table.addCell(bare(date));
    return table;
  }

  /**
   * A signature block: titles in bold, an optional note in italics, room for the signature and
   * seal, the name in bold.
   */
  static PdfPCell signature(List<String> titles, String note, String name, float size) {
    return addSignature(bare(), titles, note, name, size);
  }

  static PdfPCell addSignature(
      PdfPCell cell, List<String> titles, String note, String name, float size) {
    for (String title : titles) {
      cell.addElement(paragraph(title, Fonts.bold(size), Element.ALIGN_CENTER));
    }
    if (note != null) {
      cell.addElement(paragraph(note, Fonts.italic(size - 1), Element.ALIGN_CENTER));
    }
    cell.addElement(space(size * 4.5f));
    cell.addElement(paragraph(name == null ? "" : name, Fonts.bold(size), Element.ALIGN_CENTER));
    return cell;
  }
}
