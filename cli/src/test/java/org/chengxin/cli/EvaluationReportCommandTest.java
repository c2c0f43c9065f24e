package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chengxin report evaluation} on the bundled samples (docs/evaluation.md) and its exit codes (SPEC §9). */
class EvaluationReportCommandTest {

  static final Path DATA = CliRun.projectDir().resolve("examples").resolve("data");

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CliRun r = CliRun.of(args);
    return new Run(r.code, r.out, r.err);
  }

  static List<String> sample(String format, String... more) {
    List<String> args = new ArrayList<>(List.of("report", "evaluation", "--profile", "zhashui-2021", "--period", "2024",
        "--records", DATA.resolve("evaluation-records.ndjson").toString(),
        "--commitments", DATA.resolve("evaluation-commitments.ndjson").toString(),
        "--complaints", DATA.resolve("evaluation-complaints.ndjson").toString(),
        "--litigation", DATA.resolve("evaluation-litigation.ndjson").toString(), "--format", format));
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void jsonOfTheSamples() throws IOException {
    Run r = run(sample("json").toArray(String[]::new));
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode units = new ObjectMapper().readTree(r.out()).get("units");
    // the hand-computed ranking of docs/evaluation.md: 9 units, one RED, one YELLOW
    assertThat(units).hasSize(9);
    assertThat(units.get(8).get("name").asText()).isEqualTo("柞水县交通运输局");
    assertThat(units.get(8).get("score").decimalValue()).isEqualByComparingTo("42.00");
    assertThat(units.get(8).get("warning").asText()).isEqualTo("RED");
    assertThat(units.get(7).get("warning").asText()).isEqualTo("YELLOW");
    assertThat(units.get(0).get("name").isNull()).isTrue();
    assertThat(r.out()).contains("\"score\":72.33,");
  }

  @Test
  void complaintsAsFlatCsvGiveTheSameReport() {
    List<String> csv = sample("json");
    csv.set(csv.indexOf(DATA.resolve("evaluation-complaints.ndjson").toString()),
        DATA.resolve("evaluation-complaints.csv").toString());
    Run fromCsv = run(csv.toArray(String[]::new));
    assertThat(fromCsv.code()).as(fromCsv.err()).isZero();
    assertThat(fromCsv.out()).isEqualTo(run(sample("json").toArray(String[]::new)).out());
  }

  @Test
  void htmlAndCsvToAFile(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("ranking.html");
    Run r = run(sample("html", "--lang", "en", "--output", html.toString()).toArray(String[]::new));
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg").contains("Government integrity evaluation ranking")
        .doesNotContain("<script").doesNotContain("http://www.w3.org/1999").contains("42.00 red");
    Run csv = run(sample("csv").toArray(String[]::new));
    assertThat(csv.code()).isZero();
    assertThat(csv.out()).startsWith("\uFEFF排名,统一社会信用代码,单位名称,得分,预警等级");
    assertThat(csv.out().lines()).hasSize(10);
  }

  @Test
  void anExplicitPeriod() throws IOException {
    // 2024-Q3: only the complaint of 乾佑街道 (due 2024-08-19, closed 08-26: 0.5) and its accountability record,
    // active all the quarter (3): 96.50
    Run r = run("report", "evaluation", "--profile", "zhashui-2021", "--from", "2024-07-01", "--to", "2024-09-30",
        "--records", DATA.resolve("evaluation-records.ndjson").toString(),
        "--complaints", DATA.resolve("evaluation-complaints.ndjson").toString(), "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode period = new ObjectMapper().readTree(r.out()).get("period");
    assertThat(period.get("from").asText()).isEqualTo("2024-07-01");
    assertThat(r.out()).contains("\"name\":\"柞水县乾佑街道办事处\",\"score\":96.50");
  }

  @Test
  void invalidItemsAreReportedWithCountsAndExitOne(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("commitments.ndjson");
    Files.writeString(bad, Files.readAllLines(DATA.resolve("evaluation-commitments.ndjson")).get(0) + "\n"
        + "{\"id\":\"X\",\"unit\":\"11611026MB1734101L\",\"type\":\"SOON\",\"madeOn\":\"2024-01-02\",\"dueOn\":\"2024-01-01\"}\n",
        StandardCharsets.UTF_8);
    Run r = run("report", "evaluation", "--profile", "zhashui-2021", "--period", "2024", "--lang", "en",
        "--records", DATA.resolve("evaluation-records.ndjson").toString(), "--commitments", bad.toString(),
        "--format", "json");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("commitments.ndjson: 2 read, 1 valid, 1 invalid")
        .contains("commitments.ndjson:2: X: ENUM_UNKNOWN").contains("DATE_ORDER");
    assertThat(r.out()).contains("\"units\":[");
  }

  @Test
  void usageErrorsAreOneLineAndExitTwo() {
    String records = DATA.resolve("evaluation-records.ndjson").toString();
    List<String[]> cases = List.of(
        new String[] {"report", "evaluation", "--profile", "nowhere", "--period", "2024", "--records", records, "--format", "json"},
        new String[] {"report", "evaluation", "--profile", "cn-national", "--period", "2024-Q5", "--records", records,
            "--format", "json"},
        new String[] {"report", "evaluation", "--profile", "cn-national", "--period", "2024", "--from", "2024-01-01",
            "--records", records, "--format", "json"},
        new String[] {"report", "evaluation", "--profile", "cn-national", "--from", "2024-02-30", "--to", "2024-03-01",
            "--records", records, "--format", "json"},
        new String[] {"report", "evaluation", "--profile", "cn-national", "--period", "2024", "--records", "missing.ndjson",
            "--format", "json"},
        new String[] {"report", "evaluation", "--profile", "cn-national", "--period", "2024", "--records", records,
            "--format", "pdf"},
        new String[] {"report", "evaluation", "--profile", "cn-national", "--period", "2024", "--records", records,
            "--commitments", "commitments.txt", "--format", "json"});
    for (String[] args : cases) {
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
      assertThat(r.out()).isEmpty();
    }
    assertThat(run(cases.get(0)).err()).contains("未知的配置 'nowhere'").contains("zhashui-2021");
    assertThat(run(cases.get(1)).err()).startsWith("chengxin report evaluation：").contains("2024-Q5");
    assertThat(run(cases.get(3)).err()).contains("2024-02-30");
    assertThat(run("report").code()).isEqualTo(2);
  }
}
