package vn.exemplarbot.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * What every page gets after its content: the page number at the top centre from page 2 on (Decree
 * 30), and optionally a diagonal stamp across the page ({@code DỰ THẢO}, {@code ĐÃ THU HỒI}).
 */
class PageMarks extends PdfPageEventHelper {

  private final String stamp;
  private final Color stampColor;

  PageMarks(String stamp, Color stampColor) {
    this.stamp = stamp;
    this.stampColor = stampColor;
  }

  static PageMarks plain() {
    return new PageMarks(null, null);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    Rectangle page = document.getPageSize();
    int number = writer.getPageNumber();
    if (number > 1) {
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_CENTER,
          new Phrase(String.valueOf(number), Fonts.regular(13)),
          page.getWidth() / 2,
          page.getHeight() - 10 * PdfBlocks.MM,
          0);
    }
    if (stamp != null) {
      drawStamp(writer.getDirectContent(), page);
    }
  }

  private void drawStamp(PdfContentByte canvas, Rectangle page) {
    canvas.saveState();
    PdfGState translucent = new PdfGState();
    translucent.setFillOpacity(0.2f);
    canvas.setGState(translucent);
    float size = Math.min(page.getWidth(), page.getHeight()) / 6f;
    double angle = Math.toDegrees(Math.atan2(page.getHeight(), page.getWidth()));
    ColumnText.showTextAligned(
        canvas,
        Element.ALIGN_CENTER,
        new Phrase(PdfBlocks.nfc(stamp), Fonts.colored(Fonts.bold(size), stampColor)),
        page.getWidth() / 2,
        page.getHeight() / 2 - size / 3,
        (float) angle);
    canvas.restoreState();
  }
}
