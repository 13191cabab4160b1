package vn.exemplarbot.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF read back with PDFBox, as a reader's software sees it. */
record PdfFile(String text, int pages, List<Page> sizes, List<FontUse> fonts) {

  /** A page's media box and its {@code /Rotate}. */
  record Page(float width, float height, int rotation) {
    /** Wider than tall, as a viewer shows it. */
    boolean landscape() {
      boolean turned = rotation % 180 != 0;
      return turned ? height > width : width > height;
    }
  }

  /** A font a page uses: its name (with the subset prefix) and whether its program is embedded. */
  record FontUse(String name, boolean embedded) {}

  static PdfFile read(byte[] bytes) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(pdf);
      List<Page> sizes = new ArrayList<>();
      List<FontUse> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        PDRectangle box = page.getMediaBox();
        sizes.add(new Page(box.getWidth(), box.getHeight(), page.getRotation()));
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          fonts.add(new FontUse(font.getName(), font.isEmbedded()));
        }
      }
      return new PdfFile(text, pdf.getNumberOfPages(), sizes, fonts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with every run of white space as one space, so that wrapped lines read on. */
  String flat() {
    return text.replaceAll("\\s+", " ");
  }
}
