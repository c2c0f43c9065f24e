package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.formats.internal.CsvParser;
import org.chengxin.formats.internal.DecodingReader;
import org.chengxin.formats.internal.DisclosureEnd;
import org.chengxin.formats.internal.FlatLayout;
import org.chengxin.formats.internal.PenaltyColumns;
import org.chengxin.formats.internal.PenaltyLayout;
import org.chengxin.formats.internal.RecordIdIndex;
import org.chengxin.formats.internal.RowSource;
import org.chengxin.formats.internal.TableLayout;
import org.chengxin.formats.internal.TableRow;
import org.chengxin.formats.internal.XlsxRows;

/**
 * 表格读取 — reads records row by row from the flat canonical CSV, the 双公示 penalty CSV templates (R-CSV) or
 * an XLSX workbook, in constant memory, validating each row and never stopping at a bad one (SPEC §6, §8;
 * every rule in docs/csv.md).
 *
 * <ul>
 *   <li>Each row becomes the record tree the JSON reader would give, checked by the same
 *       {@link RecordValidator}; every problem carries its {@code row} (data rows from 1, the header is row 0)
 *       and {@code field} (the column).
 *   <li>A header with an unknown, repeated or missing required column yields one invalid result at row 0 with
 *       every {@code CSV_HEADER} problem, and nothing more is read (no row could be trusted).
 *   <li>A CSV row with the wrong number of cells or broken quoting, or an XLSX row with content right of the
 *       header's last column, is {@code CSV_ROW}, a row over 1 MiB
 *       {@code TOO_LARGE}: one invalid record each, and reading goes on with the next row. Rows whose cells are
 *       all empty are skipped (they still count for the row numbers).
 *   <li>Encoding (CSV): a UTF-8 BOM, or valid UTF-8, is UTF-8; with {@code GB18030} given, GB18030. The first
 *       byte that is not valid in the encoding ends the input with one {@code ENCODING} result at its row;
 *       nothing is ever decoded with replacement characters.
 *   <li>A {@code recordId} seen before in the same input is {@code DUPLICATE_RECORD_ID} on the later row
 *       (unless {@link #withoutDuplicateCheck()}: SPEC §3.1 checks it in {@code validate} and {@code batch create}
 *       only).
 * </ul>
 *
 * <pre>{@code
 * try (TableReader reader = TableReader.open(path, RecordFormat.AUTO, StandardCharsets.UTF_8)) {
 *   reader.forEachRemaining(r -> r.record().ifPresent(...));
 * }
 * }</pre>
 *
 * <p>I/O errors are thrown as {@link UncheckedIOException}. Not thread-safe.
 */
public final class TableReader implements RecordSource {

  private static final DisclosureEnd DISCLOSURE_END = new DisclosureEnd();

  private final RowSource rows;
  private final RecordFormat format;
  private final boolean csv;
  private final RecordValidator validator;
  /** The IDs seen so far, or null when duplicates are not checked. */
  private RecordIdIndex ids = new RecordIdIndex();
  private TableLayout layout;
  private int width;
  private boolean ended;
  /** Set when nothing more may be read (a bad header, an ENCODING row). */
  private boolean stop;
  private ReadResult next;

  private TableReader(RowSource rows, RecordFormat format, boolean csv, RecordValidator validator) {
    this.rows = rows;
    this.format = format;
    this.csv = csv;
    this.validator = validator;
  }

  /**
   * Opens a file. {@link RecordFormat#AUTO}: {@code .xlsx} is XLSX, anything else CSV (flat, or penalty when the
   * first header is 行政相对人名称); {@code encoding} applies to CSV only.
   *
   * @throws IllegalArgumentException for a JSON format
   * @throws UncheckedIOException when the file cannot be read
   */
  public static TableReader open(Path file, RecordFormat format, Charset encoding) {
    return open(file, format, encoding, RecordValidator.standard());
  }

  /**
   * Opens a file with a given validator (see {@link #open(Path, RecordFormat, Charset)}).
   *
   * @throws IllegalArgumentException for a JSON format
   * @throws UncheckedIOException when the file cannot be read
   */
  public static TableReader open(Path file, RecordFormat format, Charset encoding, RecordValidator validator) {
    requireNonNull(file, "file");
    requireNonNull(validator, "validator");
    RecordFormat f = format == RecordFormat.AUTO ? RecordFormat.forFileName(String.valueOf(file.getFileName()))
        : format;
    try {
      if (f == RecordFormat.XLSX) {
        return new TableReader(XlsxRows.open(file.toFile()), f, false, validator);
      }
      return of(Files.newInputStream(file), f, encoding, validator);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a UTF-8 CSV stream (flat or penalty, told by its first header); closing the reader closes it. */
  public static TableReader of(InputStream in) {
    return of(in, RecordFormat.AUTO, StandardCharsets.UTF_8, RecordValidator.standard());
  }

  /**
   * Reads a stream: {@link RecordFormat#CSV}, {@link RecordFormat#PENALTY_CSV}, {@link RecordFormat#XLSX}, or
   * {@link RecordFormat#AUTO} for a CSV told by its first header. Closing the reader closes the stream.
   *
   * @param encoding of a CSV: {@code UTF-8} (strict) or e.g. {@code GB18030}; a UTF-8 BOM wins
   * @throws IllegalArgumentException for a JSON format
   */
  public static TableReader of(InputStream in, RecordFormat format, Charset encoding, RecordValidator validator) {
    requireNonNull(in, "in");
    requireNonNull(format, "format");
    requireNonNull(encoding, "encoding");
    requireNonNull(validator, "validator");
    if (format == RecordFormat.JSON || format == RecordFormat.NDJSON) {
      throw new IllegalArgumentException("format " + format + " is JSON: read it with RecordReader");
    }
    try {
      if (format == RecordFormat.XLSX) {
        return new TableReader(XlsxRows.of(in), format, false, validator);
      }
      return new TableReader(new CsvParser(new DecodingReader(in, encoding)), format, true, validator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @return this reader
   */
  @Override
  public TableReader withoutDuplicateCheck() {
    ids = null;
    return this;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      try {
        next = read();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ended = next == null;
    }
    return next != null;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows");
    }
    ReadResult r = next;
    next = null;
    return r;
  }

  private ReadResult read() throws IOException {
    if (stop) {
      return null;
    }
    if (layout == null) {
      TableRow head = rows.next();
      if (head == null) {
        return null;
      }
      if (head.problem != null) {
        stop = true;
        return new ReadResult(head.line, 0, null, null, List.of(head.problem.atRow(0, null)));
      }
      layout = choose(head.cells);
      width = head.cells.size();
      List<Problem> problems = layout.header(head.cells);
      if (!problems.isEmpty()) {
        stop = true;
        return new ReadResult(head.line, 0, null, null, problems);
      }
    }
    while (true) {
      TableRow row = rows.next();
      if (row == null) {
        return null;
      }
      if (row.problem != null) {
        stop = row.fatal;
        return new ReadResult(row.line, row.row, null, null, List.of(row.problem.atRow(row.row, null)));
      }
      if (row.blank()) {
        continue;
      }
      if (!csv && beyond(row.cells, width)) {
        return new ReadResult(row.line, row.row, null, null, List.of(Problem.of(ProblemCode.CSV_ROW, "", null,
            "第 " + row.row + " 行在表头的 " + width + " 列之外还有内容",
            "row " + row.row + " has content beyond the header's " + width + " columns").atRow(row.row, null)));
      }
      if (csv && row.cells.size() != width) {
        return new ReadResult(row.line, row.row, null, null, List.of(Problem.of(ProblemCode.CSV_ROW, "", null,
            "第 " + row.row + " 行有 " + row.cells.size() + " 个单元格，表头有 " + width + " 列",
            "row " + row.row + " has " + row.cells.size() + " cells, the header " + width + " columns")
            .atRow(row.row, null)));
      }
      TableLayout.Mapped m = layout.map(row);
      List<Problem> problems = m.problems;
      if (m.recordId != null && ids != null) {
        long first = ids.firstLine(m.recordId, row.row);
        if (first != 0) {
          problems = new ArrayList<>(problems);
          problems.add(Problem.of(ProblemCode.DUPLICATE_RECORD_ID, "/recordId", m.recordId,
              "第 " + first + " 行", "row " + first).atRow(row.row, null).forRecord(m.recordId));
        }
      }
      return new ReadResult(row.line, row.row, m.recordId, m.tree, problems);
    }
  }

  /** Whether a sheet row has a non-empty cell right of the header's last column (its data would be lost). */
  private static boolean beyond(List<String> cells, int width) {
    for (int i = width; i < cells.size(); i++) {
      if (!cells.get(i).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private TableLayout choose(List<String> header) {
    boolean penalty = format == RecordFormat.PENALTY_CSV
        || format != RecordFormat.CSV && PenaltyColumns.isPenaltyHeader(header);
    return penalty ? new PenaltyLayout(validator, DISCLOSURE_END) : new FlatLayout(validator);
  }

  /** Closes the input. */
  @Override
  public void close() {
    try {
      rows.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
