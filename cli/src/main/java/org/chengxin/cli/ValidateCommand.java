package org.chengxin.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordReader;
import org.chengxin.formats.ValidationCollector;
import org.chengxin.formats.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chengxin validate [--format auto|json|ndjson] [--json] FILE…} — validates canonical records (记录校验,
 * SPEC §3) and prints the report of SPEC §8.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Validates canonical records (记录校验, SPEC §3) and reports every problem (问题) with its stable code "
        + "and location (SPEC §8). Record IDs must be unique within each file.",
    footer = {"", "Exit codes: 0 no record has an ERROR (warnings alone do not fail); 1 some record has an ERROR; "
        + "2 usage error or a file that cannot be read."})
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LangOption lang;

  @Option(names = "--format", paramLabel = "auto|json|ndjson", defaultValue = "auto",
      description = "Input layout (格式): ndjson (one record per line), json (an array or single records), or auto "
        + "(default): .ndjson/.jsonl → ndjson, .json → json, otherwise by the first character.")
  RecordFormat format;

  @Option(names = "--json",
      description = "Print exactly one JSON object, the SPEC §8 report (校验报告), instead of a summary.")
  boolean json;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "NDJSON or JSON files of canonical records.")
  List<Path> files;

  @Override
  public Integer call() {
    Inputs.checkReadable(files);
    ValidationCollector collector = new ValidationCollector(lang.language());
    Progress progress = Progress.forTerminal(spec.commandLine().getErr(), lang.language());
    for (Path file : files) {
      try (RecordReader reader = RecordReader.open(file, Inputs.format(format, file))) {
        while (reader.hasNext()) {
          collector.accept(reader.next());
          progress.tick();
        }
      }
    }
    progress.done();
    ValidationReport report = collector.report();
    if (json) {
      spec.commandLine().getOut().println(report.toJson());
    } else {
      String summary = report.summary();
      spec.commandLine().getOut().print(summary.endsWith("\n") ? summary : summary + System.lineSeparator());
    }
    return report.hasErrors() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
  }
}
