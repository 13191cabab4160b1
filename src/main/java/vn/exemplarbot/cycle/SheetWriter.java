package vn.exemplarbot.cycle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One sheet of the report, written row by row: header rows in bold (the first one frozen), text
 * cells formatted as text so that a code or a number such as {@code 15/QĐ-SNgV} is never read as a
 * date or a sum, counts as numbers, and each column as wide as its longest cell.
 */
final class SheetWriter {

  private static final int MAX_WIDTH = 60;

  private final XSSFSheet sheet;
  private final Styles styles;
  private final Map<Integer, Integer> widths = new HashMap<>();
  private int next;

  /** The two styles a workbook shares between its sheets. */
  record Styles(CellStyle header, CellStyle text) {
    static Styles of(XSSFWorkbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle header = book.createCellStyle();
      header.setFont(bold);
      header.setDataFormat(book.createDataFormat().getFormat("@"));
      CellStyle text = book.createCellStyle();
      text.setDataFormat(book.createDataFormat().getFormat("@"));
      return new Styles(header, text);
    }
  }

  SheetWriter(XSSFWorkbook book, String name, Styles styles) {
    this.sheet = book.createSheet(name);
    this.styles = styles;
  }

  void header(List<String> titles) {
    if (next == 0) {
      sheet.createFreezePane(0, 1);
    }
    Row row = sheet.createRow(next++);
    for (int i = 0; i < titles.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(titles.get(i));
      cell.setCellStyle(styles.header());
      widen(i, titles.get(i));
    }
  }

  void row(Object... values) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      Cell cell = row.createCell(i);
      if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (value != null) {
        cell.setCellValue(value.toString());
        cell.setCellStyle(styles.text());
      }
      widen(i, value == null ? "" : value.toString());
    }
  }

  void blank() {
    next++;
  }

  /** Sets each column's width from its longest cell; call once the rows are written. */
  void finish() {
    widths.forEach((column, chars) -> sheet.setColumnWidth(column, (chars + 2) * 256));
  }

  private void widen(int column, String text) {
    int longest = text.lines().mapToInt(String::length).max().orElse(0);
    widths.merge(column, Math.min(MAX_WIDTH, Math.max(longest, 6)), Math::max);
  }
}
