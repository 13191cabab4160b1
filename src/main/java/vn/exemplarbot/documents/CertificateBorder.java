package vn.exemplarbot.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * The certificate's frame: a thick red line, a gold band of small diamonds, a thin inner line and
 * ornaments in the corners; with a stamp, also the mark at the top right.
 */
class CertificateBorder extends PageMarks {

  private static final Color GOLD = new Color(0xc8, 0x9b, 0x3c);
  private static final float OUTER = 9 * PdfBlocks.MM;
  private static final float INNER = 15 * PdfBlocks.MM;

  private final String stamp;

  CertificateBorder(String stamp) {
    super(stamp, Fonts.RED);
    this.stamp = stamp;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte under = writer.getDirectContentUnder();
    Rectangle page = document.getPageSize();
    float w = page.getWidth();
    float h = page.getHeight();
    under.saveState();
    frame(under, OUTER, w, h, 3f, Fonts.RED);
    frame(under, OUTER + 2.2f * PdfBlocks.MM, w, h, 0.8f, GOLD);
    frame(under, INNER, w, h, 0.8f, Fonts.RED);
    band(under, w, h);
    for (float[] corner : corners(w, h)) {
      diamond(under, corner[0], corner[1], 4.2f * PdfBlocks.MM, Fonts.RED);
      diamond(under, corner[0], corner[1], 2.2f * PdfBlocks.MM, GOLD);
    }
    under.restoreState();
    if (stamp != null) {
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_RIGHT,
          new Phrase(PdfBlocks.nfc(stamp), Fonts.colored(Fonts.bold(16), Fonts.RED)),
          w - INNER - 4 * PdfBlocks.MM,
          h - INNER - 8 * PdfBlocks.MM,
          0);
    }
    super.onEndPage(writer, document);
  }

  private static void frame(
      PdfContentByte canvas, float inset, float w, float h, float line, Color c) {
    canvas.setLineWidth(line);
    canvas.setColorStroke(c);
    canvas.rectangle(inset, inset, w - 2 * inset, h - 2 * inset);
    canvas.stroke();
  }

  /** Small gold diamonds along the band between the outer and the inner lines. */
  private static void band(PdfContentByte canvas, float w, float h) {
    float middle = (OUTER + 2.2f * PdfBlocks.MM + INNER) / 2;
    float step = 7 * PdfBlocks.MM;
    float size = 1.1f * PdfBlocks.MM;
    for (float x = middle + step; x < w - middle - step / 2; x += step) {
      diamond(canvas, x, middle, size, GOLD);
      diamond(canvas, x, h - middle, size, GOLD);
    }
    for (float y = middle + step; y < h - middle - step / 2; y += step) {
      diamond(canvas, middle, y, size, GOLD);
      diamond(canvas, w - middle, y, size, GOLD);
    }
  }

  private static float[][] corners(float w, float h) {
    float m = (OUTER + 2.2f * PdfBlocks.MM + INNER) / 2;
    return new float[][] {{m, m}, {w - m, m}, {m, h - m}, {w - m, h - m}};
  }

  private static void diamond(PdfContentByte canvas, float x, float y, float r, Color c) {
    canvas.setColorFill(c);
    canvas.moveTo(x, y + r);
    canvas.lineTo(x + r, y);
    canvas.lineTo(x, y - r);
    canvas.lineTo(x - r, y);
    canvas.closePath();
    canvas.fill();
  }
}
