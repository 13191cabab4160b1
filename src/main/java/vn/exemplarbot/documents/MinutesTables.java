package vn.exemplarbot.documents;

import static vn.exemplarbot.documents.PdfBlocks.boxed;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The tables of the minutes: the count per nomination, and the grid of receipt codes. */
final class MinutesTables {

  private static final float SIZE = 10.5f;
  private static final Color HEADER = new Color(0xee, 0xee, 0xee);

  private MinutesTables() {}

  /** One row per nomination; the abstain column only when abstention was allowed. */
  static PdfPTable counts(BallotMinutes m) {
    List<String> headers = new ArrayList<>(List.of("STT", "Mã, người hoặc tập thể được đề nghị"));
    headers.addAll(List.of("Đơn vị", "Đồng ý", "Không đồng ý"));
    List<Float> widths = new ArrayList<>(List.of(6f, 17f, 13f, 8.5f, 8.5f));
    if (m.allowAbstain()) {
      headers.add("Không ý kiến");
      widths.add(8.5f);
    }
    headers.addAll(
        List.of(
            "Tỷ lệ đồng ý / tổng số thành viên", "Tỷ lệ đồng ý / số phiếu đã bỏ", "Ngưỡng đạt"));
    headers.add("Kết quả");
    widths.addAll(List.of(11f, 11f, 10f, 10f));
    float[] w = new float[widths.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = widths.get(i);
    }
    PdfPTable table = PdfBlocks.table(w);
    for (String h : headers) {
      PdfPCell cell = boxed(h, Fonts.bold(SIZE - 1), Element.ALIGN_CENTER);
      cell.setBackgroundColor(HEADER);
      cell.setPaddingLeft(1.5f);
      cell.setPaddingRight(1.5f);
      table.addCell(cell);
    }
    table.setHeaderRows(1);
    int n = 1;
    for (MinutesRow row : m.rows()) {
      addRow(table, n++, row, m);
    }
    return table;
  }

  private static void addRow(PdfPTable table, int n, MinutesRow row, BallotMinutes m) {
    Font f = Fonts.regular(SIZE);
    table.addCell(boxed(String.valueOf(n), f, Element.ALIGN_CENTER));
    table.addCell(boxed(row.code() + "\n" + row.nominee(), f, Element.ALIGN_LEFT));
    table.addCell(boxed(row.division() == null ? "" : row.division(), f, Element.ALIGN_LEFT));
    table.addCell(boxed(String.valueOf(row.agree()), f, Element.ALIGN_CENTER));
    table.addCell(boxed(String.valueOf(row.disagree()), f, Element.ALIGN_CENTER));
    if (m.allowAbstain()) {
      table.addCell(boxed(String.valueOf(row.abstain()), f, Element.ALIGN_CENTER));
    }
    table.addCell(boxed(share(row.agree(), row.base()), f, Element.ALIGN_CENTER));
    table.addCell(boxed(share(row.agree(), row.cast()), f, Element.ALIGN_CENTER));
    int thresholdBase = m.passBaseIsMembers() ? row.base() : row.cast();
    table.addCell(boxed(threshold(m.thresholdRule(), thresholdBase), f, Element.ALIGN_CENTER));
    table.addCell(boxed(MinutesText.result(row), Fonts.bold(SIZE), Element.ALIGN_CENTER));
  }

  private static String share(int part, int whole) {
    return Shares.percent(part, whole) + "\n(" + part + "/" + whole + ")";
  }

  /** The rule, and what it asks of this row: {@code > 50%} over {@code (≥ 4/7)}. */
  private static String threshold(String rule, int base) {
    OptionalInt needed = Shares.needed(rule, base);
    return needed.isPresent() ? rule + "\n(≥ " + needed.getAsInt() + "/" + base + ")" : rule;
  }

  /** The receipt codes in as many monospaced columns as fit, read row by row. */
  static PdfPTable receipts(List<String> codes, float width) {
    int longest = codes.stream().mapToInt(String::length).max().orElse(1);
    float mono = 10;
    int columns = (int) Math.max(1, Math.min(8, width / ((longest + 3) * 0.6f * mono)));
    float[] widths = new float[columns];
    java.util.Arrays.fill(widths, 1f);
    PdfPTable grid = PdfBlocks.table(widths);
    grid.getDefaultCell().setBorder(Rectangle.NO_BORDER);
    grid.setSpacingBefore(3);
    grid.setSpacingAfter(6);
    for (String code : codes) {
      PdfPCell cell = boxed(code, Fonts.mono(mono), Element.ALIGN_LEFT);
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPadding(1);
      grid.addCell(cell);
    }
    grid.completeRow();
    return grid;
  }
}
