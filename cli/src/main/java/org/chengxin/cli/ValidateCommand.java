package org.chengxin.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordReader;
import org.chengxin.formats.RecordSource;
import org.chengxin.formats.ValidationCollector;
import org.chengxin.formats.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chengxin validate [--format auto|json|ndjson|csv|penalty-csv|xlsx] [--encoding UTF-8|GB18030] [--json]
 * FILE…} — validates canonical records (记录校验, SPEC §3) in any input format of SPEC §6 and prints the report of
 * SPEC §8 ({@code row} instead of {@code line} for CSV and XLSX).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Validates canonical records (记录校验, SPEC §3) and reports every problem (问题) with its stable code "
        + "and location (SPEC §8). Record IDs must be unique within each file.",
    footer = {"", "Exit codes: 0 no record has an ERROR (warnings alone do not fail); 1 some record has an ERROR; "
        + "2 usage error or a file that cannot be read."})
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** The output streams when run without picocli ({@link PlainRun}); null under picocli (then the spec's). */
  PrintWriter plainOut;
  PrintWriter plainErr;

  @Mixin LangOption lang;

  @Option(names = "--format", paramLabel = "auto|json|ndjson|csv|penalty-csv|xlsx", defaultValue = "auto",
      converter = FormatConverter.class,
      description = "Input layout (格式): ndjson (one record per line), json (an array or single records), csv (the "
        + "flat canonical CSV), penalty-csv (the 双公示 行政处罚 templates), xlsx (first sheet, flat or 双公示), or auto "
        + "(default): .ndjson/.jsonl → ndjson, .json → json, .xlsx → xlsx, .csv → penalty-csv when the first "
        + "header is 行政相对人名称, else csv; otherwise by the first character.")
  RecordFormat format;

  @Option(names = "--encoding", paramLabel = "UTF-8|GB18030", defaultValue = "UTF-8",
      description = "Encoding (编码) of CSV input: UTF-8 (default) or GB18030. A UTF-8 BOM always means UTF-8; bytes "
        + "not valid in the encoding are one ENCODING problem, never garbled text.")
  String encoding;

  @Option(names = "--json",
      description = "Print exactly one JSON object, the SPEC §8 report (校验报告), instead of a summary.")
  boolean json;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Files of records: NDJSON, JSON, flat or 双公示 CSV, XLSX.")
  List<Path> files;

  @Override
  public Integer call() {
    Charset charset = charset(encoding);
    Inputs.checkReadable(files);
    ValidationCollector collector = new ValidationCollector(lang.language());
    Progress progress = Progress.forTerminal(err(), lang.language());
    for (Path file : files) {
      try (RecordSource reader = RecordSource.open(file, format, charset)) {
        if (reader instanceof RecordReader) {
          ((RecordReader) reader).problemsOnly(); // only problems are counted: keep no record text
        }
        while (reader.hasNext()) {
          collector.accept(reader.next());
          progress.tick();
        }
      }
    }
    progress.done();
    ValidationReport report = collector.report();
    if (json) {
      out().println(report.toJson());
    } else {
      String summary = report.summary();
      out().print(summary.endsWith("\n") ? summary : summary + System.lineSeparator());
    }
    return report.hasErrors() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
  }

  /** UTF-8 or GB18030 (any case), else a usage error naming the value. */
  private Charset charset(String name) {
    Charset charset = knownCharset(name);
    if (charset == null) {
      throw new ParameterException(spec.commandLine(),
          "unknown encoding '" + name + "' for --encoding: expected UTF-8 or GB18030");
    }
    return charset;
  }

  /** UTF-8 or GB18030 for {@code --encoding} (any case, {@code _} for {@code -}), or null for any other name. */
  static Charset knownCharset(String name) {
    String n = name.toUpperCase(Locale.ROOT).replace("_", "-");
    if (n.equals("UTF-8") || n.equals("UTF8")) {
      return StandardCharsets.UTF_8;
    }
    if (n.equals("GB18030")) {
      return Charset.forName("GB18030");
    }
    return null;
  }

  /** {@code --format} names as SPEC §9 spells them ({@code penalty-csv}), any case. */
  static final class FormatConverter implements ITypeConverter<RecordFormat> {
    @Override
    public RecordFormat convert(String value) {
      return RecordFormat.parse(value);
    }
  }

  private PrintWriter out() {
    return plainOut != null ? plainOut : spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return plainErr != null ? plainErr : spec.commandLine().getErr();
  }
}
