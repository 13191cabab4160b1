package vn.exemplarbot.documents;

import static vn.exemplarbot.documents.PdfBlocks.paragraph;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.exemplarbot.roster.Organization;

/**
 * The certificate (Giấy công nhận): A4 landscape in a decorative border, centred lines, the signer
 * bottom right and the register number bottom left, always on one page.
 */
final class CertificatePdf {

  static final String REVOKED_MARK = "ĐÃ THU HỒI";
  private static final float MARGIN_MM = 24;
  private static final Color BLUE = new Color(0x1a, 0x3a, 0x6e);
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** A4 turned, written as a wide page rather than a tall one with {@code /Rotate 90}. */
  private static final Rectangle LANDSCAPE =
      new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());

  private final Issuer issuer;
  private final Certificate certificate;

  private CertificatePdf(Issuer issuer, Certificate certificate) {
    this.issuer = issuer;
    this.certificate = certificate;
  }

  static byte[] render(Issuer issuer, Certificate certificate) {
    issuer.requireSigner();
    CertificatePdf pdf = new CertificatePdf(issuer, certificate);
    return PdfBlocks.render(
        LANDSCAPE,
        new float[] {MARGIN_MM, MARGIN_MM, MARGIN_MM - 4, MARGIN_MM},
        new CertificateBorder(certificate.revoked() ? REVOKED_MARK : null),
        "Giấy công nhận " + certificate.exemplar().name(),
        pdf::write);
  }

  private void write(Document document, PdfWriter writer) {
    PdfPTable footer = footer(document.right() - document.left());
    footer.writeSelectedRows(
        0,
        -1,
        document.left(),
        document.bottom() + footer.getTotalHeight(),
        writer.getDirectContent());
    float bottom = document.bottom() + footer.getTotalHeight() + 4 * PdfBlocks.MM;
    fit(writer, new float[] {document.left(), bottom, document.right(), document.top()});
    writer.setPageEmpty(false);
  }

  /**
   * Writes the centred lines into the box above the footer, smaller when a long name or movement
   * would not fit (down to half size, then cut), and a little lower when there is room to spare.
   */
  private void fit(PdfWriter writer, float[] box) {
    float scale = 1f;
    ColumnText trial = column(writer, box, scale);
    while (ColumnText.hasMoreText(trial.go(true)) && scale > 0.5f) {
      scale -= 0.08f;
      trial = column(writer, box, scale);
    }
    float spare = Math.max(0, trial.getYLine() - box[1]);
    box[3] -= spare * 0.3f;
    column(writer, box, scale).go();
  }

  /** The centred lines, at a scale, in the box above the footer. */
  private ColumnText column(PdfWriter writer, float[] box, float scale) {
    ColumnText column = new ColumnText(writer.getDirectContent());
    column.setSimpleColumn(box[0], box[1], box[2], box[3]);
    for (Paragraph line : lines(scale)) {
      column.addElement(line);
    }
    return column;
  }

  private List<Paragraph> lines(float k) {
    Exemplar e = certificate.exemplar();
    String issuerLine =
        issuer.principalTitle()
            + " "
            + Organization.upperCase(issuer.organization().name().strip());
    List<Paragraph> lines = new ArrayList<>();
    lines.add(centred(Letterhead.NATION, Fonts.bold(14 * k), 0));
    lines.add(centred(Letterhead.MOTTO, Fonts.bold(14 * k), 0));
    lines.add(PdfBlocks.rule(24));
    lines.add(centred(issuerLine, Fonts.bold(15 * k), 14 * k));
    lines.add(centred("GIẤY CÔNG NHẬN", Fonts.colored(Fonts.bold(36 * k), Fonts.RED), 14 * k));
    lines.add(centred(addressed(e), Fonts.colored(Fonts.bold(26 * k), BLUE), 8 * k));
    String where = whereabouts(e);
    if (!where.isEmpty()) {
      lines.add(centred(where, Fonts.regular(16 * k), 4 * k));
    }
    lines.add(
        centred(
            "Đã có thành tích xuất sắc, là điển hình tiên tiến", Fonts.regular(16 * k), 14 * k));
    lines.add(
        centred(
            "trong " + movement(certificate.movement(), certificate.year()),
            Fonts.regular(16 * k),
            0));
    String decision =
        "(Quyết định số "
            + certificate.decisionNumber()
            + " "
            + DocumentDates.inDocument(certificate.decisionDate())
            + ")";
    lines.add(centred(decision, Fonts.italic(14 * k), 8 * k));
    return lines;
  }

  /** Register number bottom left; place, date and signer bottom right. */
  private PdfPTable footer(float width) {
    PdfPTable table = PdfBlocks.table(45, 55);
    table.setTotalWidth(width);
    table.setLockedWidth(true);
    String register = certificate.registerNumber();
    PdfPCell left =
        PdfBlocks.bare(
            paragraph(
                register == null || register.isBlank() ? " " : "Số sổ: " + register,
                Fonts.regular(13),
                Element.ALIGN_LEFT));
    left.setVerticalAlignment(Element.ALIGN_BOTTOM);
    table.addCell(left);
    PdfPCell right =
        PdfBlocks.bare(
            paragraph(
                DocumentDates.placeAndDate(
                    issuer.organization().place(), certificate.decisionDate()),
                Fonts.italic(14),
                Element.ALIGN_CENTER));
    PdfBlocks.addSignature(right, issuer.signerTitles(), null, issuer.signer().name(), 14);
    table.addCell(right);
    return table;
  }

  /** {@code Ông Nguyễn Văn An}, or the collective's name. */
  static String addressed(Exemplar e) {
    String honorific = e.honorific();
    if (e.collective() || honorific == null || honorific.isBlank()) {
      return e.name().strip();
    }
    return honorific.strip() + " " + e.name().strip();
  }

  /** {@code Trưởng phòng, Phòng Hợp tác quốc tế}: what is known, without repeating the name. */
  static String whereabouts(Exemplar e) {
    List<String> parts = new ArrayList<>();
    for (String part : new String[] {e.position(), e.division()}) {
      if (part != null && !part.isBlank() && !part.strip().equalsIgnoreCase(e.name().strip())) {
        parts.add(part.strip());
      }
    }
    return String.join(", ", parts);
  }

  /**
   * {@code phong trào <movement> năm <year>}: the word {@code phong trào} once, and the year only
   * when the movement's name does not already end with it.
   */
  static String movement(String movement, int year) {
    String name = PdfBlocks.nfc(movement).strip();
    String prefix = "phong trào ";
    if (name.toLowerCase(VIETNAMESE).startsWith(prefix)) {
      name = name.substring(prefix.length()).strip();
    }
    if (name.length() > 1 && Character.isLowerCase(name.charAt(1))) {
      name = name.substring(0, 1).toLowerCase(VIETNAMESE) + name.substring(1);
    }
    String bare = name.replaceAll("[\\s.;,]+$", "");
    boolean endsWithYear = bare.matches("(?s).*(^|\\D)" + year);
    return prefix + (endsWithYear ? bare : bare + " năm " + year);
  }

  private static Paragraph centred(String text, Font font, float before) {
    Paragraph p = paragraph(text, font, Element.ALIGN_CENTER);
    p.setSpacingBefore(before);
    return p;
  }
}
