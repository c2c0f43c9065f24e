package org.chengxin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.core.Severity;
import org.chengxin.formats.AssessmentLines;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordSource;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendar;
import org.chengxin.rules.WorkingDayCalendars;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chengxin assess --profile ID --as-of DATE FILE} — assesses every record (评估, SPEC §4) and prints
 * NDJSON: one line per input record, in input order.
 */
@Command(name = "assess", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Assesses every record of FILE under a jurisdiction profile (配置) at a date (评估日, SPEC §4) and "
        + "prints NDJSON, one line per input record in input order: the SPEC §4.10 assessment, or "
        + "{\"recordId\":…,\"problems\":[…]} for a record that is invalid or cannot be assessed (category "
        + "not in the profile, as-of before the decision, a date outside the calendar).",
    footer = {"", "Exit codes: 0 every record assessed without ERROR; 1 some record had an ERROR; 2 unknown "
        + "profile (the known ids are listed), usage error, or a file that cannot be read."})
final class AssessCommand implements Callable<Integer> {

  /** The output is handed on in blocks of about this many bytes (no flush per line). */
  private static final int BLOCK = 1 << 18;

  @Spec CommandSpec spec;

  /** The output streams when run without picocli ({@link PlainRun}); null under picocli (then the spec's). */
  PrintWriter plainOut;
  PrintWriter plainErr;

  @Mixin LangOption lang;

  @Option(names = "--profile", required = true, paramLabel = "ID",
      description = "The profile id (配置), e.g. zhashui-2021; see `chengxin profiles list`.")
  String profileId;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
      description = "The day of the assessment (评估日): only what was true on it counts (R-ASOF).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "auto|json|ndjson|csv|penalty-csv|xlsx", defaultValue = "auto",
      converter = ValidateCommand.FormatConverter.class,
      description = "Input layout (格式), as for validate (a CSV is read as UTF-8).")
  RecordFormat format;

  @Parameters(index = "0", paramLabel = "FILE", description = "A file of records: NDJSON, JSON, flat or 双公示 CSV, XLSX.")
  Path file;

  @Override
  public Integer call() {
    ProfileRegistry registry = Profiles.registryForOneProfile();
    Profile profile = Profiles.get(registry, profileId);
    Inputs.checkReadable(List.of(file));
    WorkingDayCalendar calendar = WorkingDayCalendars.national();
    Assessor assessor = Assessor.create();
    Language language = lang.language();
    PrintWriter out = out();
    Progress progress = Progress.forTerminal(err(), language);
    boolean errors = false;
    // With enough processors three things overlap (issue 6's gate, measured in bench/): the reader's workers
    // parse, validate and bind; this thread assesses; the writer's thread writes the lines as UTF-8 bytes (SPEC
    // §4.10; NDJSON: the same bytes on every platform) into one buffer and hands it on in large blocks, in input
    // order. With fewer, this thread does all three (Inputs.workers), and writes each line itself, straight (no
    // LineWriter in between: one layer less for the JIT to compile, and compile again inlined in its caller).
    AssessmentLines lines = new AssessmentLines();
    int processors = Runtime.getRuntime().availableProcessors();
    try (RecordSource reader = Inputs.openForAssessment(file, format, registry, Inputs.workers(processors));
        LineWriter<Line> writer = Inputs.writerThread(processors)
            ? new LineWriter<>(new LineSink(language, lines, out), true) : null) {
      while (reader.hasNext()) {
        ReadResult read = reader.next();
        AssessmentResult result;
        if (read.isValid()) {
          result = assessor.assess(read.record().orElseThrow(), profile, calendar, asOf);
        } else {
          result = AssessmentResult.refused(read.recordId().orElse(""), read.problems());
        }
        errors |= hasError(result.problems());
        if (writer == null) {
          write(result, read.recordId().isPresent(), language, lines, out);
        } else {
          writer.add(new Line(result, read.recordId().isPresent()));
        }
        progress.tick();
      }
    } finally {
      flush(lines, out); // the writer's thread has ended (closed above): its last lines are visible here
    }
    out.flush();
    progress.done();
    return errors ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
  }

  /** One output line to be written: a result, and whether its record had a readable recordId. */
  private static final class Line {
    final AssessmentResult result;
    final boolean hasRecordId;

    Line(AssessmentResult result, boolean hasRecordId) {
      this.result = result;
      this.hasRecordId = hasRecordId;
    }
  }

  /** Writes the lines (a class, not a lambda: a lambda is a class spun at run time, on every run's start-up). */
  private static final class LineSink implements LineWriter.Sink<Line> {
    private final Language language;
    private final AssessmentLines lines;
    private final PrintWriter out;

    LineSink(Language language, AssessmentLines lines, PrintWriter out) {
      this.language = language;
      this.lines = lines;
      this.out = out;
    }

    @Override
    public void write(Line line) {
      AssessCommand.write(line.result, line.hasRecordId, language, lines, out);
    }
  }

  /** Adds a line (a record whose recordId could not be read has {@code "recordId":null}); hands on full blocks. */
  private static void write(AssessmentResult result, boolean hasRecordId, Language language, AssessmentLines lines,
      PrintWriter out) {
    lines.add(result, language, hasRecordId);
    if (lines.size() >= BLOCK) {
      flush(lines, out);
    }
  }

  /** Hands the buffered lines to the output: as bytes to the standard output, decoded to any other writer. */
  private static void flush(AssessmentLines lines, PrintWriter out) {
    if (out instanceof StdoutWriter) {
      ((StdoutWriter) out).writeBytes(lines);
    } else {
      out.write(lines.toString());
    }
    lines.clear();
  }

  /** Whether a problem is an ERROR (a plain loop: it runs once per record, and a stream would be JIT work). */
  static boolean hasError(List<Problem> problems) {
    for (int i = 0, n = problems.size(); i < n; i++) {
      if (problems.get(i).severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  private PrintWriter out() {
    return plainOut != null ? plainOut : spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return plainErr != null ? plainErr : spec.commandLine().getErr();
  }
}
