package org.chengxin.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chengxin.core.Language;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordSource;
import org.chengxin.formats.report.InputSummary;
import picocli.CommandLine.Model.CommandSpec;

/** Input, output and the closing summary shared by the report and batch commands. */
final class ReportIo {
  private ReportIo() {}

  /** Something that writes a report to a writer and says what it did with the input. */
  interface Job {
    InputSummary run(RecordSource input, Writer out, Progress progress) throws IOException;
  }

  /**
   * Checks and opens the input (format by extension; the validator knows every profile's jurisdiction units),
   * writes to {@code output} (UTF-8) or stdout, shows progress for long
   * inputs in a terminal, prints the input summary on stderr (with the problems of invalid and refused records)
   * and returns the exit code: 1 when a record was invalid or refused, else 0. A repeated {@code recordId} is
   * not checked (SPEC §3.1), see {@link #run(CommandSpec, Language, Path, Path, Job, boolean)}.
   */
  static int run(CommandSpec spec, Language language, Path input, Path output, Job job) {
    return run(spec, language, input, output, job, false);
  }

  /**
   * As {@link #run(CommandSpec, Language, Path, Path, Job)}; with {@code checkDuplicates} a repeated
   * {@code recordId} is {@code DUPLICATE_RECORD_ID} (SPEC §3.1: {@code batch create}).
   */
  static int run(CommandSpec spec, Language language, Path input, Path output, Job job, boolean checkDuplicates) {
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = Progress.forTerminal(err, language);
    InputSummary summary;
    Inputs.checkReadable(List.of(input));
    try (RecordSource reader = checkDuplicates ? Inputs.openForBatch(input, Profiles.registry())
        : Inputs.openForAssessment(input, RecordFormat.AUTO, Profiles.registry())) {
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        summary = job.run(reader, out, progress);
        out.flush();
      } else {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(output, UTF_8))) {
          summary = job.run(reader, out, progress);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    progress.done();
    err.println(summary.summary(language));
    if (summary.hasErrors()) {
      err.print(summary.problems().summary());
    }
    err.flush();
    return summary.hasErrors() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
  }
}
