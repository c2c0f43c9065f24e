package org.chengxin.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §9: report disclosure-list, report progress, batch create and batch verify on the bundled sample data. */
class ReportCommandsTest {

  static final JsonMapper JSON = new JsonMapper();
  static final String RECORDS = CliRun.sample("records.ndjson");

  @TempDir Path dir;

  /** The sample's records of one platform (a platform reports its own records): examples/data/by-profile. */
  static String byProfile(String profile) {
    return CliRun.sample("by-profile/" + profile + ".ndjson");
  }

  static String zhashui() {
    return byProfile("zhashui-2021");
  }

  @ParameterizedTest(name = "disclosure-list --format {0}")
  @CsvSource({"json, {", "csv, \uFEFF记录编号", "html, <!DOCTYPE html>"})
  void disclosureListOfTheSample(String format, String start) throws IOException {
    CliRun run = CliRun.of("report", "disclosure-list", "--profile", "zhashui-2021", "--as-of", "2024-06-30",
        "--format", format, zhashui());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).startsWith(start);
    assertThat(run.err).contains("共读取");
  }

  @Test
  void disclosureListOfTheWholeSampleReportsRecordsItCannotAssess() throws IOException {
    // the sample mixes jurisdictions: categories hainan-2017 does not accept are refused (exit 1), the rest listed
    Path out = dir.resolve("list.json");
    CliRun run = CliRun.of("report", "disclosure-list", "--profile", "hainan-2017", "--as-of", "2024-06-30",
        "--output", out.toString(), "--lang", "en", RECORDS);
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains("CATEGORY_NOT_IN_PROFILE").contains("records read");
    JsonNode list = JSON.readTree(Files.readString(out, UTF_8));
    assertThat(list.get("count").intValue()).isEqualTo(list.get("entries").size()).isPositive();
    assertThat(run.out).isEmpty();
  }

  @Test
  void recordsDecidedAfterTheDayAreSimplyNotThere() throws IOException {
    // SPEC §6: a record decided after the report's day is not visible on it — no problem, exit 0
    String late = "{\"schemaVersion\":\"1.0\",\"recordId\":\"LATE-1\",\"jurisdiction\":\"611026\","
        + "\"subject\":{\"kind\":\"DEPARTMENT\",\"name\":\"柞水县某局\",\"uscc\":\"11230500001755309F\","
        + "\"divisionCode\":\"611026\"},\"category\":\"ADMINISTRATIVE_PENALTY\",\"tier\":\"GENERAL\","
        + "\"decision\":{\"documentNumber\":\"柞政罚〔2025〕1号\",\"authorityName\":\"柞水县市场监督管理局\","
        + "\"authorityUscc\":\"9144030071526726XG\",\"decidedOn\":\"2025-01-02\",\"content\":\"罚款一千元\","
        + "\"penaltyTypes\":[\"FINE\"]},\"publishedOn\":\"2025-01-03\",\"source\":{\"unit\":\"柞水县发展和改革局\","
        + "\"unitUscc\":\"11230500001755309F\",\"submittedAt\":\"2025-01-03T09:30:00+08:00\"}}";
    Path file = dir.resolve("late.ndjson");
    Files.writeString(file, late + "\n", UTF_8);
    CliRun run = CliRun.of("report", "disclosure-list", "--profile", "zhashui-2021", "--as-of", "2024-06-30",
        "--format", "csv", "--lang", "en", file.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).startsWith("\uFEFFrecord id,jurisdiction,subject kind").hasLineCount(1);
    assertThat(run.err).contains("1 records read: 0 in the output, 1 not selected, 0 invalid");
  }

  @Test
  void progressReportOfTheSample() throws IOException {
    CliRun run = CliRun.of("report", "progress", "--profile", "zhashui-2021", "--period", "2024-Q1",
        zhashui());
    // zhashui-2021 has no reporting schedule → exit 2
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    run = CliRun.of("report", "progress", "--profile", "hainan-2017", "--period", "2024-Q1", "--format", "csv",
        RECORDS);
    assertThat(run.code).as(run.toString()).isEqualTo(1); // the whole sample holds categories hainan-2017 refuses
    assertThat(run.out).contains("报送期限").contains("2024-04-10");
  }

  /**
   * hainan-2017 2024-Q1 on the Hainan records (docs/reports.md; asOf 2024-03-31), by hand:
   * new records: HI-2024-0007 (decided 2024-01-08, ADMINISTRATIVE_PENALTY, GENERAL, DEPARTMENT) only;
   * publication: its publishBy = R-DATE-2(2024-01-08, 7) = 2024-01-17, published 2024-01-12 → 1 due, ON_TIME
   * (HI-2023-0014's publishBy is in 2023-02);
   * objections: HI-2024-0007 filed 2024-01-16, resolved 2024-01-22; decideBy = 5 working days after 01-16 =
   * 01-17, 18, 19, 22, 23 → 2024-01-23, resolved before → 1 filed, 1 resolved, 0 overdue;
   * repairs: HI-2022-0005 applied 2024-01-22, approved 2024-02-02 → 1, 1;
   * expired: HI-2023-0014, a GENERAL penalty decided 2023-02-13 (era 2019-07-01: max 1Y) → lastDay 2024-02-13,
   * endedOn 2024-02-14 (every other Hainan lastDay + 1 falls outside the quarter) → 1; revoked 0;
   * rectifications overdue: HI-2024-0007 due 2024-02-20, completed 2024-02-20 → 0.
   */
  @Test
  void hainanQuarterlyReportOnItsOwnRecords() throws IOException {
    CliRun run = CliRun.of("report", "progress", "--profile", "hainan-2017", "--period", "2024-Q1",
        byProfile("hainan-2017"));
    assertThat(run.code).as(run.toString()).isZero();
    JsonNode r = JSON.readTree(run.out);
    assertThat(r.get("dueOn").textValue()).isEqualTo("2024-04-10");
    assertThat(r.at("/newRecords/total").intValue()).isEqualTo(1);
    assertThat(r.at("/newRecords/byCategory/ADMINISTRATIVE_PENALTY").intValue()).isEqualTo(1);
    assertThat(r.at("/newRecords/bySubjectKind/DEPARTMENT").intValue()).isEqualTo(1);
    assertThat(r.at("/publication/due").intValue()).isEqualTo(1);
    assertThat(r.at("/publication/onTime").intValue()).isEqualTo(1);
    assertThat(r.at("/objections/filed").intValue()).isEqualTo(1);
    assertThat(r.at("/objections/resolved").intValue()).isEqualTo(1);
    assertThat(r.at("/objections/overdue").intValue()).isZero();
    assertThat(r.at("/repairs/applied").intValue()).isEqualTo(1);
    assertThat(r.at("/repairs/approved").intValue()).isEqualTo(1);
    assertThat(r.at("/endings/expired").intValue()).isEqualTo(1);
    assertThat(r.at("/endings/revoked").intValue()).isZero();
    assertThat(r.at("/rectificationsOverdue").intValue()).isZero();
    // 14 Hainan records, 11 decided by 2024-03-31 (HI-2024-0012, HI-2025-0008 and HI-2025-0013 are later)
    assertThat(run.err).contains("共读取 14 条记录").contains("未入选 3 条").contains("无效 0 条，无法评估 0 条");
  }

  /**
   * qinhuangdao-transport-2021 2024-H2 on the Qinhuangdao records (asOf 2024-12-31), by hand:
   * new records: QHD-2024-0011 (decided 2024-09-10, ADMINISTRATIVE_PENALTY, GENERAL, DEPARTMENT) only;
   * publication: publishBy = 7 working days after 2024-09-10 = 09-11, 12, 13, 14 (a Saturday worked for 中秋),
   * 18, 19, 20 (09-15..17 are holidays) → 2024-09-20; published 2024-09-27 → 1 due, LATE (QHD-2024-0006's
   * publishBy is 2024-06-26, in H1);
   * objections: filed 2024-10-08, resolved 2024-10-14; decideBy = 10-09, 10, 11, 12 (a Saturday worked for
   * 国庆), 14 → 2024-10-14, not overdue → 1, 1, 0;
   * repairs: QHD-2022-0009 applied 2024-09-02, approved 2024-09-13 → 1, 1;
   * expired: QHD-2021-0004, a SERIOUS judgment decided 2021-08-16 → lastDay 2024-08-16, endedOn 2024-08-17
   * (QHD-2021-0008 ends 2024-04-27, in H1) → 1; revoked 0;
   * rectifications overdue: QHD-2024-0011 due 2024-11-29, completed only 2024-12-06 → 1.
   */
  @Test
  void qinhuangdaoHalfYearReportOnItsOwnRecords() throws IOException {
    CliRun run = CliRun.of("report", "progress", "--profile", "qinhuangdao-transport-2021", "--period", "2024-H2",
        byProfile("qinhuangdao-transport-2021"));
    assertThat(run.code).as(run.toString()).isZero();
    JsonNode r = JSON.readTree(run.out);
    assertThat(r.get("dueOn").textValue()).isEqualTo("2025-01-10");
    assertThat(r.at("/newRecords/total").intValue()).isEqualTo(1);
    assertThat(r.at("/newRecords/byCategory/ADMINISTRATIVE_PENALTY").intValue()).isEqualTo(1);
    assertThat(r.at("/publication/due").intValue()).isEqualTo(1);
    assertThat(r.at("/publication/late").intValue()).isEqualTo(1);
    assertThat(r.at("/publication/onTime").intValue()).isZero();
    assertThat(r.at("/objections/filed").intValue()).isEqualTo(1);
    assertThat(r.at("/objections/resolved").intValue()).isEqualTo(1);
    assertThat(r.at("/objections/overdue").intValue()).isZero();
    assertThat(r.at("/repairs/applied").intValue()).isEqualTo(1);
    assertThat(r.at("/repairs/approved").intValue()).isEqualTo(1);
    assertThat(r.at("/endings/expired").intValue()).isEqualTo(1);
    assertThat(r.at("/endings/revoked").intValue()).isZero();
    assertThat(r.at("/rectificationsOverdue").intValue()).isEqualTo(1);
    assertThat(run.err).contains("共读取 11 条记录").contains("无效 0 条，无法评估 0 条");
  }

  @ParameterizedTest(name = "{0} {1} → exit 2")
  @CsvSource({"hainan-2017, 2024-H1", "qinhuangdao-transport-2021, 2024-Q3", "hainan-2017, 2024-Q9",
      "cn-national, 2024-Q1"})
  void wrongKindOfPeriodIsAUsageError(String profile, String period) {
    CliRun run = CliRun.of("report", "progress", "--profile", profile, "--period", period, RECORDS);
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err.strip()).doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void batchCreateVerifyAndTamper() throws IOException {
    Path batch = dir.resolve("batch.json");
    CliRun run = CliRun.of("batch", "create", "--from", "611026", "--to", "610000", "--since", "2023-12-31",
        "--as-of", "2024-06-30", "--created-at", "2024-07-01T09:00:00+08:00", "--output", batch.toString(),
        zhashui());
    assertThat(run.code).as(run.toString()).isZero();
    JsonNode doc = JSON.readTree(Files.readString(batch, UTF_8));
    assertThat(doc.get("profile").get("id").textValue()).isEqualTo("zhashui-2021"); // from --from 611026
    assertThat(doc.get("batchId").textValue()).isEqualTo("611026-610000-2024-06-30");
    // visible on 2024-06-30 and dated in (2023-12-31, 2024-06-30]: ZS-2024-0007 (decided 2024-01-08) and
    // ZS-2024-0008 (decided 2024-02-05); no Zhashui record visible on 2023-12-31 ends by 2024-06-30 (ZS-2023-0013
    // lasts to 2024-09-25, ZS-2021-0004 to 2024-09-27) → 2 records, 0 withdrawals
    assertThat(doc.get("counts").get("records").intValue()).isEqualTo(2);
    assertThat(doc.get("counts").get("withdrawals").intValue()).isZero();
    assertThat(doc.get("records").get(0).get("recordId").textValue()).isEqualTo("ZS-2024-0007");
    assertThat(doc.get("records").get(1).get("recordId").textValue()).isEqualTo("ZS-2024-0008");

    run = CliRun.of("batch", "verify", batch.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).contains(doc.get("sha256").textValue());

    // re-formatted (compact, keys as Jackson writes them): still intact
    Path compact = dir.resolve("compact.json");
    Files.writeString(compact, doc.toString(), UTF_8);
    assertThat(CliRun.of("batch", "verify", compact.toString()).code).isZero();

    // one character of content changed: altered, exit 1 with a clear message
    String text = Files.readString(batch, UTF_8);
    String name = doc.get("records").get(0).get("subject").get("name").textValue();
    Path tampered = dir.resolve("tampered.json");
    Files.writeString(tampered, text.replace(name, name.substring(0, name.length() - 1) + "X"), UTF_8);
    run = CliRun.of("batch", "verify", "--lang", "en", tampered.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains("altered").contains(doc.get("sha256").textValue());

    // not JSON, or no file: exit 2
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, text.substring(0, text.length() / 2), UTF_8);
    run = CliRun.of("batch", "verify", broken.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err.strip()).doesNotContain("\n");
    assertThat(CliRun.of("batch", "verify", dir.resolve("missing.json").toString()).code).isEqualTo(2);
  }

  @Test
  void batchOnStdoutOfTheWholeSample() {
    CliRun run = CliRun.of("batch", "create", "--profile", "fujian-2017", "--from", "350000", "--to", "CN",
        "--since", "2024-03-31", "--as-of", "2024-06-30", "--created-at", "2024-07-01T09:00:00Z", RECORDS);
    assertThat(run.code).as(run.toString()).isIn(0, 1);
    assertThat(run.out).startsWith("{").contains("\"format\" : \"chengxin.batch/1\"");
  }

  @ParameterizedTest(name = "batch create {0}")
  @CsvSource(delimiter = '|', value = {
      "--from 110000 --to CN --since 2024-03-31 --as-of 2024-06-30 --created-at 2024-07-01T09:00:00Z", // no profile
      "--from 611026 --to CN --since 2024-07-31 --as-of 2024-06-30 --created-at 2024-07-01T09:00:00Z", // since > asOf
      "--from 611026 --to CN --since 2024-03-31 --as-of 2024-06-30 --created-at 2024-07-01", // no offset
      "--from 611026 --to cn --since 2024-03-31 --as-of 2024-06-30 --created-at 2024-07-01T09:00:00Z"}) // bad code
  void batchCreateUsageErrors(String args) {
    String[] split = (args + " " + RECORDS).split(" ");
    String[] full = new String[split.length + 2];
    full[0] = "batch";
    full[1] = "create";
    System.arraycopy(split, 0, full, 2, split.length);
    CliRun run = CliRun.of(full);
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err.strip()).doesNotContain("\n");
  }
}
