package org.chengxin.formats.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of the first sheet of an XLSX workbook, streamed (fastexcel-reader). The row number is the sheet's
 * own row number minus one (the header is sheet row 1, row 0), so it matches what a user sees in a
 * spreadsheet. Cells are read as text: strings as they are, numbers as plain decimals ({@code 1.5}, never
 * {@code 1.5E3}), booleans as {@code true}/{@code false}; a number cell with a date format (as a spreadsheet
 * stores a typed date) as {@code YYYY-MM-DD}; formulas by their cached value.
 */
public final class XlsxRows implements RowSource {
  /** Cell formats are needed to tell a typed date from a number. */
  private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private int width = -1;

  private XlsxRows(ReadableWorkbook workbook) throws IOException {
    this.workbook = workbook;
    this.stream = workbook.getFirstSheet().openStream();
    this.rows = stream.iterator();
  }

  /** Rows of a file (read in place, never loaded whole). */
  public static XlsxRows open(File file) throws IOException {
    return new XlsxRows(new ReadableWorkbook(file, OPTIONS));
  }

  /** Rows of a stream (fastexcel buffers the zip of a stream). */
  public static XlsxRows of(InputStream in) throws IOException {
    return new XlsxRows(new ReadableWorkbook(in, OPTIONS));
  }

  /**
   * The next row; a row over 1 MiB (the UTF-8 bytes of its cells) is {@code TOO_LARGE}.
   *
   * @throws IOException when the sheet is not readable XLSX
   */
  @Override
  public TableRow next() throws IOException {
    Row r;
    try {
      if (!rows.hasNext()) {
        return null;
      }
      r = rows.next();
    } catch (RuntimeException e) { // fastexcel reports a broken sheet unchecked
      throw new IOException("not a readable XLSX sheet: " + e.getMessage(), e);
    }
    int n = r.getCellCount();
    boolean header = width < 0;
    if (header) {
      width = n;
    }
    long row = r.getRowNum() - 1L;
    List<String> cells = new ArrayList<>(Math.max(n, width));
    long bytes = 0;
    for (int i = 0; i < Math.max(n, width); i++) {
      String t = i < n ? text(r.getCell(i)) : "";
      bytes += t.getBytes(StandardCharsets.UTF_8).length + 1L;
      cells.add(t);
    }
    if (header) { // a sheet's header may have formatted but empty cells at its end
      while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
        cells.remove(cells.size() - 1);
      }
      width = cells.size();
    }
    if (bytes > CsvParser.MAX_ROW_BYTES) {
      return new TableRow(row, 0, List.of(), Problem.of(ProblemCode.TOO_LARGE, "", null,
          "第 " + row + " 行超过 1 MiB", "row " + row + " is over 1 MiB"), false);
    }
    return new TableRow(row, 0, cells, null, false);
  }

  private static String text(Cell c) {
    if (c == null || c.getType() == CellType.EMPTY) {
      return "";
    }
    if (c.getType() == CellType.NUMBER) {
      String format = c.getDataFormatString();
      if (format != null && isDateFormat(format)) {
        LocalDate d = c.asDate().toLocalDate();
        return d.toString();
      }
      BigDecimal v = c.asNumber();
      return v.stripTrailingZeros().scale() < 0 ? v.setScale(0).toPlainString()
          : v.stripTrailingZeros().toPlainString();
    }
    if (c.getType() == CellType.BOOLEAN) {
      return String.valueOf(c.asBoolean());
    }
    String s = c.getText();
    return s == null ? "" : s;
  }

  private static boolean isDateFormat(String format) {
    String f = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
    return f.contains("y") || f.contains("d") || f.contains("m") && !f.contains("0");
  }

  @Override
  public void close() throws IOException {
    try {
      stream.close();
    } finally {
      workbook.close();
    }
  }
}
