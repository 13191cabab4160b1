package vn.exemplarbot.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An {@code .xlsx} the bot sent, opened with POI: its sheets as rows of cell texts. */
final class ReportWorkbook {

  private final XSSFWorkbook book;

  ReportWorkbook(byte[] bytes) {
    try {
      this.book = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    book.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  Sheet sheet(String name) {
    Sheet sheet = book.getSheet(name);
    if (sheet == null) {
      throw new AssertionError("no sheet «" + name + "» in " + sheetNames());
    }
    return sheet;
  }

  /** Every row as the texts of its cells (numbers without a trailing .0). */
  List<List<String>> rows(String name) {
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet(name)) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.getLastCellNum(); i++) {
        cells.add(text(row.getCell(i)));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The first row whose first cells are these. */
  List<String> row(String name, String... start) {
    return rows(name).stream()
        .filter(r -> r.size() >= start.length && r.subList(0, start.length).equals(List.of(start)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + List.of(start) + " in " + rows(name)));
  }

  /** The cell holding exactly this text, anywhere on the sheet. */
  Cell cell(String name, String text) {
    for (Row row : sheet(name)) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
          return cell;
        }
      }
    }
    throw new AssertionError("no cell «" + text + "» in " + rows(name));
  }

  boolean headerBold(String name) {
    Row header = sheet(name).getRow(0);
    return book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold();
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      double value = cell.getNumericCellValue();
      return value == Math.rint(value) ? "" + (long) value : "" + value;
    }
    return cell.getStringCellValue();
  }
}
