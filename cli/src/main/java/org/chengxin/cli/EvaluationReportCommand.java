package org.chengxin.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chengxin.core.Commitment;
import org.chengxin.core.Complaint;
import org.chengxin.core.Language;
import org.chengxin.core.LitigationCase;
import org.chengxin.core.Problem;
import org.chengxin.core.Record;
import org.chengxin.core.Severity;
import org.chengxin.formats.EvaluationInputReader;
import org.chengxin.formats.EvaluationReportCsv;
import org.chengxin.formats.EvaluationReportHtml;
import org.chengxin.formats.EvaluationReportJson;
import org.chengxin.formats.InputBatch;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordSource;
import org.chengxin.rules.EvaluationPeriod;
import org.chengxin.rules.EvaluationResult;
import org.chengxin.rules.Evaluator;
import org.chengxin.rules.Profile;
import org.chengxin.rules.WorkingDayCalendars;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chengxin report evaluation} — the evaluation ranking of SPEC §7 (政务诚信评价) as JSON, CSV or HTML.
 *
 * <p>Exit codes: 0 the report was written and every input item was valid; 1 the report was written from the valid
 * items, but some input items had ERRORs or records could not be assessed (each reported on stderr with the
 * counts); 2 usage or I/O error (one line, no report).
 */
@Command(name = "evaluation", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scores, ranks and warns every unit (政务诚信评价排名, SPEC §7) for a period under a profile's "
        + "weights, from the records and, optionally, commitments, complaints and litigation cases "
        + "(NDJSON, JSON or flat CSV)."},
    footer = {"", "Exit codes: 0 written; 1 written, but input items had ERRORs or records could not be assessed "
        + "(listed on stderr); 2 usage or I/O error.",
        "Example: chengxin report evaluation --profile zhashui-2021 --period 2024 --records records.ndjson "
            + "--commitments commitments.ndjson --format html --output ranking.html"})
final class EvaluationReportCommand implements Callable<Integer> {

  /** Problems printed per input before "… N more". */
  private static final int SHOWN = 20;

  @Spec CommandSpec spec;

  @Option(names = "--profile", required = true, paramLabel = "ID", description = "The profile, e.g. zhashui-2021.")
  String profileId;

  @Option(names = "--period", paramLabel = "2024|2024-H1|2024-Q3",
      description = "The period: a year, a half or a quarter. Or give --from and --to.")
  String period;

  @Option(names = "--from", paramLabel = "DATE", description = "First day of an explicit period (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day of an explicit period (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--records", required = true, paramLabel = "FILE",
      description = "The records (.ndjson, .jsonl or .json).")
  Path records;

  @Option(names = "--commitments", paramLabel = "FILE", description = "Commitments (政务承诺): .ndjson, .json or .csv.")
  Path commitments;

  @Option(names = "--complaints", paramLabel = "FILE", description = "Complaints (投诉举报): .ndjson, .json or .csv.")
  Path complaints;

  @Option(names = "--litigation", paramLabel = "FILE", description = "Litigation cases (行政诉讼): .ndjson, .json or .csv.")
  Path litigation;

  @Option(names = "--format", required = true, paramLabel = "json|csv|html", description = "Report format.")
  String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report here instead of stdout.")
  Path output;

  @Mixin LangOption lang;

  @Override
  public Integer call() {
    Language language = lang.language();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(language, err);
    } finally {
      err.flush();
    }
  }

  private int run(Language language, PrintWriter err) {
    String kind = format.toLowerCase(Locale.ROOT);
    if (!List.of("json", "csv", "html").contains(kind)) {
      throw CliException.usage("格式 '" + format + "' 无效（应为 json、csv 或 html）",
          "'" + format + "' is not a format (expected json, csv or html)");
    }
    EvaluationPeriod p = period();
    Profile profile = Profiles.get(Profiles.registry(), profileId);

    boolean errors = false;
    List<Record> recordList = new ArrayList<>();
    errors |= readRecords(recordList, language, err);
    List<Commitment> commitmentList = List.of();
    List<Complaint> complaintList = List.of();
    List<LitigationCase> litigationList = List.of();
    if (commitments != null) {
      InputBatch<Commitment> batch = read(EvaluationInputReader.commitments(), commitments);
      errors |= report(commitments, batch, language, err);
      commitmentList = batch.values();
    }
    if (complaints != null) {
      InputBatch<Complaint> batch = read(EvaluationInputReader.complaints(), complaints);
      errors |= report(complaints, batch, language, err);
      complaintList = batch.values();
    }
    if (litigation != null) {
      InputBatch<LitigationCase> batch = read(EvaluationInputReader.litigationCases(), litigation);
      errors |= report(litigation, batch, language, err);
      litigationList = batch.values();
    }
    EvaluationResult result = Evaluator.create().evaluate(profile, WorkingDayCalendars.national(), p, recordList,
        commitmentList, complaintList, litigationList);
    if (!result.problems().isEmpty()) {
      errors = true;
      err.println(language == Language.ZH
          ? records + "：" + result.problems().size() + " 个问题，相关记录未计入评价"
          : records + ": " + result.problems().size() + " problem(s); those records were left out of the evaluation");
      result.problems().forEach(pr -> err.println("  " + pr.recordId().orElse("-") + ": " + pr.code() + " "
          + pr.message(language)));
    }
    String text = switch (kind) {
      case "json" -> EvaluationReportJson.write(result);
      case "csv" -> EvaluationReportCsv.write(result, language);
      default -> EvaluationReportHtml.write(result, language);
    };
    if (output != null) {
      try {
        Files.writeString(output, text, UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return errors ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
  }

  private EvaluationPeriod period() {
    if (period != null && (from != null || to != null)) {
      throw CliException.usage("--period 与 --from/--to 只能选其一", "give either --period or --from and --to, not both");
    }
    if (period != null) {
      try {
        return EvaluationPeriod.parse(period);
      } catch (EvaluationPeriod.InvalidPeriodException e) {
        throw CliException.usage("评价期间 '" + period + "' 无效（应为 2024、2024-H1 或 2024-Q3 之类）", e.getMessage());
      }
    }
    if (from == null || to == null) {
      throw CliException.usage("缺少评价期间：请给出 --period，或同时给出 --from 和 --to",
          "missing period: give --period, or both --from and --to");
    }
    return EvaluationPeriod.of(from, to);
  }

  private static <T> InputBatch<T> read(EvaluationInputReader<T> reader, Path file) {
    try {
      return reader.read(file);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("无法从文件名判断 '" + file + "' 的格式（应为 .ndjson、.jsonl、.json 或 .csv）",
          e.getMessage());
    }
  }

  /** Reads every record; prints the invalid ones with the counts; true if any was invalid. */
  private boolean readRecords(List<Record> into, Language language, PrintWriter err) {
    long read = 0;
    long invalid = 0;
    List<String> lines = new ArrayList<>();
    Progress progress = Progress.forTerminal(err, language);
    try (RecordSource reader = Inputs.openForAssessment(records, RecordFormat.AUTO, Profiles.registry())) {
      while (reader.hasNext()) {
        ReadResult r = reader.next();
        read++;
        progress.tick();
        if (r.isValid()) {
          into.add(r.record().orElseThrow());
        } else {
          invalid++;
          r.problems().stream().filter(p -> p.severity() == Severity.ERROR)
              .forEach(p -> lines.add(location(records, p) + p.code() + " " + p.message(language)));
        }
      }
    }
    progress.done();
    return counts(records, read, invalid, lines, language, err);
  }

  private static <T> boolean report(Path file, InputBatch<T> batch, Language language, PrintWriter err) {
    List<String> lines = new ArrayList<>();
    batch.problems().stream().filter(p -> p.severity() == Severity.ERROR)
        .forEach(p -> lines.add(location(file, p) + p.code() + " " + p.message(language)));
    if (!batch.hasErrors()) {
      return false;
    }
    counts(file, batch.read(), batch.invalid(), lines, language, err);
    return true;
  }

  private static boolean counts(Path file, long read, long invalid, List<String> lines, Language language,
      PrintWriter err) {
    if (invalid == 0 && lines.isEmpty()) {
      return false;
    }
    err.println(language == Language.ZH
        ? file + "：读取 " + read + " 条，有效 " + (read - invalid) + " 条，无效 " + invalid + " 条（无效条目未计入评价）"
        : file + ": " + read + " read, " + (read - invalid) + " valid, " + invalid
            + " invalid (invalid items are left out of the evaluation)");
    lines.stream().limit(SHOWN).forEach(l -> err.println("  " + l));
    if (lines.size() > SHOWN) {
      err.println(language == Language.ZH ? "  ……另有 " + (lines.size() - SHOWN) + " 个问题"
          : "  … " + (lines.size() - SHOWN) + " more problem(s)");
    }
    return true;
  }

  private static String location(Path file, Problem p) {
    String at = p.line().map(l -> ":" + l).orElse(p.row().map(r -> ":row " + r).orElse(""));
    return file.getFileName() + at + ": " + p.recordId().map(id -> id + ": ").orElse("");
  }
}
