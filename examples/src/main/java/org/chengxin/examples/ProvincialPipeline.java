package org.chengxin.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.chengxin.core.Language;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordValidator;
import org.chengxin.formats.TableReader;
import org.chengxin.formats.Validation;
import org.chengxin.formats.ValidationReport;
import org.chengxin.formats.report.BatchRequest;
import org.chengxin.formats.report.BatchVerifier;
import org.chengxin.formats.report.DisclosureList;
import org.chengxin.formats.report.DisclosureListWriter;
import org.chengxin.formats.report.InputSummary;
import org.chengxin.formats.report.PushBatch;
import org.chengxin.formats.report.ReportFormat;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendar;
import org.chengxin.rules.WorkingDayCalendars;

/**
 * Example 1 — a county platform's quarterly run (柞水县信用平台): import a 双公示 administrative-penalty CSV batch →
 * validate → assess → publish the public disclosure list (公示清单) → push the quarter's changes up to the province
 * (逐级推送, SPEC §6).
 *
 * <p>The input is {@code zhashui-2024-q3-penalties.csv} next to this class: five rows of the national legal-person
 * template (R-CSV) with the optional columns 失信程度 and 发布日期; one row names a penalty type that does not exist.
 *
 * <p>Run: {@code java org.chengxin.examples.ProvincialPipeline}
 */
public final class ProvincialPipeline {

  static final String INPUT = "zhashui-2024-q3-penalties.csv";

  private ProvincialPipeline() {}

  public static void main(String[] args) {
    System.out.print(run());
  }

  /** Runs the four steps for Q3 2024 and returns what an operator would see. */
  public static String run() {
    byte[] input = resource(INPUT);
    Profile zhashui = ProfileRegistry.load().get("zhashui-2021");   // extends cn-national
    WorkingDayCalendar calendar = WorkingDayCalendars.national();
    LocalDate since = LocalDate.parse("2024-06-30");                 // the previous push
    LocalDate asOf = LocalDate.parse("2024-09-30");                  // the quarter's last day (never the clock)
    StringBuilder out = new StringBuilder();

    // 1. Validate the import: every row is accepted or reported with its row number and column, never dropped.
    ValidationReport report = Validation.validate(new ByteArrayInputStream(input), RecordFormat.PENALTY_CSV,
        StandardCharsets.UTF_8, Language.EN);
    out.append("1 validate: ").append(report.recordsRead()).append(" rows, ").append(report.recordsValid())
        .append(" valid, ").append(report.recordsInvalid()).append(" invalid\n");
    report.notices().forEach(n -> n.samples().forEach(p -> out.append("  row ").append(p.row().orElse(0L))
        .append(' ').append(n.code()).append(' ').append(p.field().orElse("")).append(": ").append(p.value().orElse(""))
        .append('\n')));

    // 2. Assess every valid record on asOf: its state (R-STATE) and whether it was published in time (R-DISC-2).
    Assessor assessor = Assessor.create();
    Map<String, Integer> states = new TreeMap<>();
    Map<String, Integer> publication = new TreeMap<>();
    try (TableReader reader = reader(input)) {
      while (reader.hasNext()) {
        ReadResult read = reader.next();
        if (!read.isValid()) {
          continue;
        }
        AssessmentResult result = assessor.assess(read.record().get(), zhashui, calendar, asOf);
        if (result.isRefused()) {   // e.g. a category the profile does not accept
          states.merge("refused " + result.problems().get(0).code(), 1, Integer::sum);
          continue;
        }
        states.merge(result.assessment().state().name(), 1, Integer::sum);
        publication.merge(result.assessment().disclosure().publication().name(), 1, Integer::sum);
      }
    }
    out.append("2 assess on ").append(asOf).append(": ").append(states).append(", publication ").append(publication)
        .append('\n');

    // 3. The public disclosure list: visible records only, natural persons masked. JSON here; CSV and HTML too.
    StringWriter list = new StringWriter();
    try (TableReader reader = reader(input)) {
      InputSummary summary = DisclosureList.write(reader, zhashui, calendar, asOf,
          DisclosureListWriter.of(ReportFormat.JSON, list, Language.ZH), n -> { });
      out.append("3 disclosure list: ").append(summary.recordsUsed()).append(" entries\n");
    }

    // 4. The push batch to the province: records that changed in (since, asOf], and withdrawals.
    BatchRequest request = BatchRequest.builder().from("611026").to("610000").profile(zhashui)
        .since(since).asOf(asOf).createdAt(OffsetDateTime.parse("2024-10-08T09:00:00+08:00")).build();
    StringWriter batch = new StringWriter();
    try (TableReader reader = reader(input)) {
      PushBatch.Result result = PushBatch.create(reader, request, calendar, Language.ZH, n -> { });
      result.writeTo(batch);
      out.append("4 push batch ").append(request.batchId()).append(": ")
          .append(result.batch().path("counts")).append(' ').append(result.batch().path("withdrawals")).append('\n');
    }
    // The province checks the batch on receipt: any change of content breaks the sha256.
    BatchVerifier.Verification check = BatchVerifier.verify(
        new ByteArrayInputStream(batch.toString().getBytes(StandardCharsets.UTF_8)));
    out.append("  verified: ").append(check.intact() ? "intact" : "altered").append('\n');
    return out.toString();
  }

  /** The rows as records, one pass each: the 双公示 mapping (R-CSV) then the standard validator. */
  private static TableReader reader(byte[] input) {
    return TableReader.of(new ByteArrayInputStream(input), RecordFormat.PENALTY_CSV, StandardCharsets.UTF_8,
        RecordValidator.standard());
  }

  private static byte[] resource(String name) {
    try (InputStream in = ProvincialPipeline.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
