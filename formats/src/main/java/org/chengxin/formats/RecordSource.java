package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Records read one by one from a file of any format (SPEC §6): a {@link RecordReader} for JSON and NDJSON, a
 * {@link TableReader} for the flat CSV, the 双公示 penalty CSV and XLSX. What {@code chengxin validate} reads.
 *
 * <pre>{@code
 * try (RecordSource in = RecordSource.open(path, RecordFormat.AUTO, StandardCharsets.UTF_8)) {
 *   in.forEachRemaining(collector::accept);
 * }
 * }</pre>
 */
public interface RecordSource extends Iterator<ReadResult>, Closeable {

  /** Closes the input (unchecked). */
  @Override
  void close();

  /**
   * Stops checking that each {@code recordId} is new: a repeated ID is then no {@code DUPLICATE_RECORD_ID} and
   * both records are read as they are. SPEC §3.1 has the check made by {@code validate} and {@code batch create}
   * only; {@code assess} and the reports read a file without it. Call it before the first {@link #hasNext()}.
   *
   * <pre>{@code
   * try (RecordSource in = RecordSource.open(path, RecordFormat.AUTO, UTF_8).withoutDuplicateCheck()) { ... }
   * }</pre>
   *
   * @return this source
   */
  RecordSource withoutDuplicateCheck();

  /**
   * Opens a file with the standard validator. {@link RecordFormat#AUTO}: {@code .ndjson}/{@code .jsonl}
   * NDJSON, {@code .json} JSON, {@code .xlsx} XLSX, {@code .csv} the penalty CSV when its first header is
   * 行政相对人名称 and else the flat CSV, anything else JSON or NDJSON by its first significant byte.
   *
   * @param encoding of a CSV ({@code UTF-8} or {@code GB18030}; a UTF-8 BOM always means UTF-8); ignored for
   *     JSON (always UTF-8) and XLSX
   * @throws UncheckedIOException when the file cannot be read
   */
  static RecordSource open(Path file, RecordFormat format, Charset encoding) {
    return open(file, format, encoding, RecordValidator.standard());
  }

  /**
   * Opens a file with a given validator (see {@link #open(Path, RecordFormat, Charset)}); JSON is read on the
   * caller's thread.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  static RecordSource open(Path file, RecordFormat format, Charset encoding, RecordValidator validator) {
    requireNonNull(file, "file");
    requireNonNull(format, "format");
    requireNonNull(encoding, "encoding");
    requireNonNull(validator, "validator");
    RecordFormat f = resolve(file, format);
    if (f.isTable() || f == RecordFormat.AUTO && isCsv(file)) {
      return TableReader.open(file, f, encoding, validator);
    }
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return RecordReader.of(in, f, validator);
  }

  /** The format of a file: {@code format}, or for AUTO what its name says ({@link RecordFormat#forFileName}). */
  static RecordFormat resolve(Path file, RecordFormat format) {
    return format == RecordFormat.AUTO && file.getFileName() != null
        ? RecordFormat.forFileName(file.getFileName().toString()) : format;
  }

  private static boolean isCsv(Path file) {
    return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }
}
