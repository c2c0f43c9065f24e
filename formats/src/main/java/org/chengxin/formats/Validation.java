package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chengxin.core.Language;

/**
 * 校验 — validates whole inputs into a {@link ValidationReport} (SPEC §8, {@code chengxin validate}).
 * Record IDs are checked for duplicates within each input, not across inputs.
 *
 * <pre>{@code
 * ValidationReport report = Validation.validateFiles(List.of(path), RecordFormat.AUTO, Language.EN);
 * System.out.println(report.toJson());
 * }</pre>
 */
public final class Validation {

  private Validation() {}

  /**
   * Validates files with the standard validator, CSV as UTF-8. With {@link RecordFormat#AUTO} each file's format
   * follows its extension ({@code .ndjson}/{@code .jsonl} NDJSON, {@code .json} JSON, {@code .xlsx} XLSX,
   * {@code .csv} the flat or penalty CSV by its first header), and else its first significant byte.
   *
   * @throws UncheckedIOException when a file cannot be read
   */
  public static ValidationReport validateFiles(List<Path> files, RecordFormat format, Language language) {
    return validateFiles(files, format, language, RecordValidator.standard());
  }

  /**
   * Validates files with a given validator.
   *
   * @throws UncheckedIOException when a file cannot be read
   */
  public static ValidationReport validateFiles(List<Path> files, RecordFormat format, Language language,
      RecordValidator validator) {
    return validateFiles(files, format, StandardCharsets.UTF_8, language, validator);
  }

  /**
   * Validates files of any format (SPEC §9 {@code chengxin validate --format … --encoding …}). With
   * {@link RecordFormat#AUTO}: {@code .ndjson}/{@code .jsonl} NDJSON, {@code .json} JSON, {@code .xlsx} XLSX,
   * {@code .csv} the penalty CSV when its first header is 行政相对人名称 and else the flat CSV, anything else by
   * its first significant byte (JSON or NDJSON). {@code encoding} applies to CSV ({@code UTF-8} or
   * {@code GB18030}; a UTF-8 BOM always means UTF-8); JSON is always UTF-8.
   *
   * @throws UncheckedIOException when a file cannot be read
   */
  public static ValidationReport validateFiles(List<Path> files, RecordFormat format, Charset encoding,
      Language language, RecordValidator validator) {
    requireNonNull(files, "files");
    requireNonNull(format, "format");
    requireNonNull(encoding, "encoding");
    ValidationCollector collector = new ValidationCollector(language);
    for (Path file : files) {
      RecordFormat f = RecordSource.resolve(file, format);
      if (f.isTable() || f == RecordFormat.AUTO && file.toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        try (RecordSource reader = RecordSource.open(file, f, encoding, validator)) {
          reader.forEachRemaining(collector::accept);
        }
        continue;
      }
      try (RecordReader reader = RecordReader.of(open(file), f, validator, threads()).problemsOnly()) {
        reader.forEachRemaining(collector::accept);
      }
    }
    return collector.report();
  }

  /**
   * Validates one stream (closed at the end) with the standard validator; a table format ({@code CSV},
   * {@code PENALTY_CSV}, {@code XLSX}) is read as UTF-8 (a BOM accepted).
   */
  public static ValidationReport validate(InputStream in, RecordFormat format, Language language) {
    return validate(in, format, StandardCharsets.UTF_8, language);
  }

  /**
   * Validates one stream (closed at the end) with the standard validator; {@code encoding} applies to CSV
   * ({@code UTF-8} or {@code GB18030}, a UTF-8 BOM always means UTF-8). {@link RecordFormat#AUTO} is JSON or
   * NDJSON by the first significant byte (a stream has no name: give a table format explicitly).
   */
  public static ValidationReport validate(InputStream in, RecordFormat format, Charset encoding,
      Language language) {
    requireNonNull(in, "in");
    requireNonNull(format, "format");
    requireNonNull(encoding, "encoding");
    ValidationCollector collector = new ValidationCollector(language);
    if (format.isTable()) {
      try (TableReader reader = TableReader.of(in, format, encoding, RecordValidator.standard())) {
        reader.forEachRemaining(collector::accept);
      }
      return collector.report();
    }
    try (RecordReader reader = RecordReader.of(in, format, RecordValidator.standard(), threads()).problemsOnly()) {
      reader.forEachRemaining(collector::accept);
    }
    return collector.report();
  }

  /**
   * Parsing and validation run on worker threads only where there are processors to spare (4 or more: up to
   * 4 workers beside the reading thread); on 2 cores, workers compete with the reading thread, the JIT and the
   * GC, and one thread is faster (measured).
   */
  private static int threads() {
    int n = Runtime.getRuntime().availableProcessors();
    return n >= 4 ? Math.min(4, n - 1) : 1;
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
