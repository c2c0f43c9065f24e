package org.chengxin.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.core.Severity;
import org.chengxin.formats.AssessmentJson;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordReader;
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

  /** Built on first use only: data binding is a few hundred classes to load, which most runs never need. */
  private static final class Mapper {
    static final ObjectMapper JSON = new ObjectMapper();
  }
  private static final JsonFactory LINES = new JsonFactory();

  @Spec CommandSpec spec;

  @Mixin LangOption lang;

  @Option(names = "--profile", required = true, paramLabel = "ID",
      description = "The profile id (配置), e.g. zhashui-2021; see `chengxin profiles list`.")
  String profileId;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
      description = "The day of the assessment (评估日): only what was true on it counts (R-ASOF).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "auto|json|ndjson", defaultValue = "auto",
      description = "Input layout (格式), as for validate.")
  RecordFormat format;

  @Parameters(index = "0", paramLabel = "FILE", description = "An NDJSON or JSON file of canonical records.")
  Path file;

  @Override
  public Integer call() {
    ProfileRegistry registry = Profiles.registry();
    Profile profile = Profiles.get(registry, profileId);
    Inputs.checkReadable(List.of(file));
    WorkingDayCalendar calendar = WorkingDayCalendars.national();
    Assessor assessor = Assessor.create();
    Language language = lang.language();
    PrintWriter out = spec.commandLine().getOut();
    Progress progress = Progress.forTerminal(spec.commandLine().getErr(), language);
    boolean errors = false;
    String newline = System.lineSeparator(); // what println wrote
    // One generator streams every line into the output (no String per line). Three things overlap (issue 6's
    // gate, measured in bench/): the reader's workers parse, validate and bind; this thread assesses; the
    // writer's thread writes, in input order.
    try (JsonGenerator g = lines(out)) {
      try (RecordReader reader = Inputs.openForAssessment(file, format, registry, Inputs.workers());
          LineWriter<Line> writer = new LineWriter<>(line -> write(line, language, newline, g))) {
        while (reader.hasNext()) {
          ReadResult read = reader.next();
          AssessmentResult result;
          if (read.isValid()) {
            result = assessor.assess(read.record().orElseThrow(), profile, calendar, asOf);
          } else {
            result = AssessmentResult.refused(read.recordId().orElse(""), read.problems());
          }
          errors |= hasError(result.problems());
          writer.add(new Line(result, read.recordId().isPresent()));
          progress.tick();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  private static void write(Line line, Language language, String newline, JsonGenerator g) throws IOException {
    if (line.hasRecordId) {
      AssessmentJson.write(line.result, language, g);
    } else {
      g.writeRaw(line(line.result, false, language));
    }
    g.writeRaw(newline);
  }

  /** A generator of lines into the command's writer: nothing between root values; closing it keeps the writer. */
  private static JsonGenerator lines(PrintWriter out) throws IOException {
    JsonGenerator g = LINES.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setRootValueSeparator(null);
    return g;
  }

  /** The NDJSON line; a record whose recordId could not be read has {@code "recordId":null}. */
  private static String line(AssessmentResult result, boolean hasRecordId, Language language) {
    String text = AssessmentJson.write(result, language);
    if (hasRecordId) {
      return text;
    }
    try {
      ObjectNode node = (ObjectNode) Mapper.JSON.readTree(text);
      node.putNull("recordId");
      return Mapper.JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean hasError(List<Problem> problems) {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }
}
