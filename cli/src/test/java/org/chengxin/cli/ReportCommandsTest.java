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

  /** The sample's Zhashui records only (a platform reports its own records). */
  Path zhashui() throws IOException {
    StringBuilder s = new StringBuilder();
    for (String line : Files.readAllLines(Path.of(RECORDS), UTF_8)) {
      if (line.contains("\"jurisdiction\":\"611026\"") && !line.contains("PAYMENT_ARREARS")) {
        s.append(line).append('\n');
      }
    }
    Path file = dir.resolve("zhashui.ndjson");
    Files.writeString(file, s, UTF_8);
    return file;
  }

  @ParameterizedTest(name = "disclosure-list --format {0}")
  @CsvSource({"json, {", "csv, \uFEFF记录编号", "html, <!DOCTYPE html>"})
  void disclosureListOfTheSample(String format, String start) throws IOException {
    CliRun run = CliRun.of("report", "disclosure-list", "--profile", "zhashui-2021", "--as-of", "2024-06-30",
        "--format", format, zhashui().toString());
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
        zhashui().toString());
    // zhashui-2021 has no reporting schedule → exit 2
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    run = CliRun.of("report", "progress", "--profile", "hainan-2017", "--period", "2024-Q1", "--format", "csv",
        RECORDS);
    assertThat(run.code).as(run.toString()).isEqualTo(1); // the sample holds categories hainan-2017 refuses
    assertThat(run.out).contains("报送期限").contains("2024-04-10");
    run = CliRun.of("report", "progress", "--profile", "qinhuangdao-transport-2021", "--period", "2024-H2",
        RECORDS);
    assertThat(JSON.readTree(run.out).get("dueOn").textValue()).isEqualTo("2025-01-10");
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
        zhashui().toString());
    assertThat(run.code).as(run.toString()).isZero();
    JsonNode doc = JSON.readTree(Files.readString(batch, UTF_8));
    assertThat(doc.get("profile").get("id").textValue()).isEqualTo("zhashui-2021"); // from --from 611026
    assertThat(doc.get("batchId").textValue()).isEqualTo("611026-610000-2024-06-30");
    assertThat(doc.get("counts").get("records").intValue()).isPositive();

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
