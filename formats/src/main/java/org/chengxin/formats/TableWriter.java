package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.chengxin.core.Record;
import org.chengxin.formats.internal.Cells;
import org.chengxin.formats.internal.DisclosureEnd;
import org.chengxin.formats.internal.FlatLayout;
import org.chengxin.formats.internal.PenaltyExport;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * 表格导出 — writes records as CSV or XLSX in the flat layout or a 双公示 template (SPEC §6; docs/csv.md), one
 * row at a time in constant memory. A cell that starts with {@code = + - @} is prefixed with {@code '} (so a
 * spreadsheet never runs it; {@link TableReader} strips exactly that prefix), and XLSX cells are always written
 * as text, never as formulas.
 *
 * <pre>{@code
 * try (TableWriter w = TableWriter.csv(Files.newBufferedWriter(path), TableTemplate.FLAT)) {
 *   records.forEach(w::write);
 * }
 * }</pre>
 *
 * <p>CSV: RFC 4180, CRLF line ends, a leading UTF-8 BOM (U+FEFF, so that spreadsheets open the file as UTF-8;
 * encode the writer in UTF-8). I/O errors are thrown as {@link UncheckedIOException}. Not thread-safe.
 */
public final class TableWriter implements Closeable {

  private static final DisclosureEnd DISCLOSURE_END = new DisclosureEnd();

  private final TableTemplate template;
  private final PenaltyExport penalty;
  private final Writer csv;
  private final OutputStream xlsxOut;
  private final Workbook workbook;
  private final Worksheet sheet;
  private int row;

  private TableWriter(TableTemplate template, Writer csv, OutputStream xlsxOut) {
    this.template = template;
    this.penalty = template == TableTemplate.FLAT ? null
        : new PenaltyExport(template == TableTemplate.PENALTY_NATURAL_PERSON, DISCLOSURE_END);
    this.csv = csv;
    this.xlsxOut = xlsxOut;
    if (xlsxOut != null) {
      workbook = new Workbook(xlsxOut, "Chengxin", "1.0");
      sheet = workbook.newWorksheet(template == TableTemplate.FLAT ? "records" : "行政处罚");
    } else {
      workbook = null;
      sheet = null;
    }
    List<String> header = penalty == null ? FlatLayout.columns() : penalty.header();
    try {
      if (csv != null) {
        csv.write('\uFEFF');
      }
      emit(header);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV writer; the header is written at once. Closing it closes {@code out}. */
  public static TableWriter csv(Writer out, TableTemplate template) {
    return new TableWriter(requireNonNull(template, "template"), requireNonNull(out, "out"), null);
  }

  /** An XLSX writer (one sheet); the header is written at once. Closing it finishes the file and closes {@code out}. */
  public static TableWriter xlsx(OutputStream out, TableTemplate template) {
    return new TableWriter(requireNonNull(template, "template"), null, requireNonNull(out, "out"));
  }

  /**
   * Writes one record as one row.
   *
   * @throws org.chengxin.core.ChengxinException when a 双公示 template cannot hold the record (not an
   *     ADMINISTRATIVE_PENALTY, or an organisation in the natural-person template and vice versa)
   */
  public void write(Record record) {
    requireNonNull(record, "record");
    List<String> cells = penalty == null ? FlatLayout.cells(record) : penalty.cells(record);
    try {
      emit(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void emit(List<String> cells) throws IOException {
    if (csv != null) {
      Cells.writeCsvRow(csv, cells);
      return;
    }
    for (int c = 0; c < cells.size(); c++) {
      if (!cells.get(c).isEmpty()) {
        sheet.inlineString(row, c, cells.get(c));
      }
    }
    row++;
    if (row % 1000 == 0) {
      sheet.flush();
    }
  }

  /** The template written. */
  public TableTemplate template() {
    return template;
  }

  /** Finishes the file and closes the output. */
  @Override
  public void close() {
    try {
      if (csv != null) {
        csv.close();
      } else {
        workbook.finish();
        xlsxOut.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
