package vn.exemplarbot.documents;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif (Times New Roman's metrics, as Decree 30 asks) and Liberation Mono, from the
 * {@code openpdf-fonts-extra} jar: they carry every Vietnamese letter. Embedded as Identity-H, so
 * the PDF shows and yields back the exact text.
 */
final class Fonts {

  static final BaseFont SERIF = load("LiberationSerif-Regular.ttf");
  static final BaseFont SERIF_BOLD = load("LiberationSerif-Bold.ttf");
  static final BaseFont SERIF_ITALIC = load("LiberationSerif-Italic.ttf");
  static final BaseFont SERIF_BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");
  static final BaseFont MONO = load("LiberationMono-Regular.ttf");

  /** A dark red for the certificate's name and the revoked mark. */
  static final Color RED = new Color(0x9b, 0x1b, 0x1b);

  private Fonts() {}

  static Font regular(float size) {
    return new Font(SERIF, size);
  }

  static Font bold(float size) {
    return new Font(SERIF_BOLD, size);
  }

  static Font italic(float size) {
    return new Font(SERIF_ITALIC, size);
  }

  static Font boldItalic(float size) {
    return new Font(SERIF_BOLD_ITALIC, size);
  }

  static Font mono(float size) {
    return new Font(MONO, size);
  }

  static Font colored(Font font, Color color) {
    Font copy = new Font(font);
    copy.setColor(color);
    return copy;
  }

  private static BaseFont load(String file) {
    String resource = "liberation/" + file;
    try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is missing: openpdf-fonts-extra not on the path");
      }
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
