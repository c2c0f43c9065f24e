package org.chengxin.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chengxin validate}: SPEC §8 report and §9 exit codes. */
class ValidateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Exactly one JSON object on stdout, nothing else. */
  private static JsonNode report(CliRun r) throws Exception {
    assertThat(r.out.strip().lines()).as(r.toString()).hasSize(1);
    JsonNode node = JSON.readTree(r.out);
    assertThat(node.isObject()).isTrue();
    assertThat(node.get("recordsRead").asLong())
        .isEqualTo(node.get("recordsValid").asLong() + node.get("recordsInvalid").asLong());
    return node;
  }

  @Test
  void theBundledRecordsAreValidWithoutAnyNotice() throws Exception {
    CliRun r = CliRun.of("validate", "--json", CliRun.sample("records.ndjson"));
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode report = report(r);
    assertThat(report.get("recordsRead").asLong()).isEqualTo(57);
    assertThat(report.get("recordsInvalid").asLong()).isZero();
    assertThat(report.get("errors").asLong()).isZero();
    assertThat(report.get("warnings").asLong()).isZero(); // no deliberate warning in the valid sample
    assertThat(report.get("notices")).isEmpty();
    assertThat(r.err).isEmpty();
  }

  @Test
  void readableSummaryWithoutJson() {
    CliRun ok = CliRun.of("validate", "--lang", "en", CliRun.sample("records.ndjson"));
    assertThat(ok.code).as(ok.toString()).isZero();
    assertThat(ok.out).contains("57");
    assertThat(ok.out.strip()).doesNotStartWith("{");
    assertThat(ok.out).endsWith(System.lineSeparator());

    CliRun bad = CliRun.of("validate", CliRun.sample("invalid.ndjson"));
    assertThat(bad.code).isEqualTo(1);
    assertThat(bad.out).contains("USCC_CHECKSUM").contains("28");
  }

  @Test
  void languageGivenBeforeTheCommandApplies() {
    CliRun en = CliRun.of("--lang", "en", "validate", CliRun.sample("records.ndjson"));
    assertThat(en.out).startsWith("57 records read");
    CliRun zh = CliRun.of("--lang", "en", "validate", "--lang", "zh", CliRun.sample("records.ndjson"));
    assertThat(zh.out).startsWith("共读取 57 条记录");
  }

  @Test
  void severalFilesMakeOneReport() throws Exception {
    CliRun r = CliRun.of("validate", "--json", CliRun.sample("records.ndjson"), CliRun.sample("invalid.ndjson"));
    assertThat(r.code).isEqualTo(1);
    JsonNode report = report(r);
    assertThat(report.get("recordsRead").asLong()).isEqualTo(57 + 28);
    assertThat(report.get("recordsInvalid").asLong()).isEqualTo(26);
  }

  @Test
  void aJsonArrayFile() throws Exception {
    List<String> lines = Files.readAllLines(Path.of(CliRun.sample("records.ndjson")), UTF_8);
    Path file = dir.resolve("two.json");
    Files.writeString(file, "[\n" + lines.get(0) + ",\n" + lines.get(1) + "\n]\n", UTF_8);
    CliRun auto = CliRun.of("validate", "--json", file.toString());
    assertThat(auto.code).as(auto.toString()).isZero();
    assertThat(report(auto).get("recordsRead").asLong()).isEqualTo(2);
    CliRun explicit = CliRun.of("validate", "--json", "--format", "json", file.toString());
    assertThat(report(explicit).get("recordsRead").asLong()).isEqualTo(2);
  }

  @Test
  void anEmptyFileHasNoRecords() throws Exception {
    Path file = dir.resolve("empty.ndjson");
    Files.writeString(file, "", UTF_8);
    CliRun r = CliRun.of("validate", "--json", file.toString());
    assertThat(r.code).isZero();
    assertThat(report(r).get("recordsRead").asLong()).isZero();
  }

  @Test
  void aMissingFileIsAnIoErrorOnOneLine() {
    String missing = dir.resolve("nope.ndjson").toString();
    CliRun r = CliRun.of("validate", "--lang", "en", missing);
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err.lines()).hasSize(1);
    assertThat(r.err).contains("nope.ndjson").doesNotContain("Exception");

    CliRun zh = CliRun.of("validate", "--json", missing);
    assertThat(zh.code).isEqualTo(2);
    assertThat(zh.err).contains("找不到文件");
  }

  @Test
  void usageErrors() {
    for (String[] args : new String[][] {{"validate"}, {"validate", "--format", "xml", "a.ndjson"},
        {"validate", "--frobnicate", "a.ndjson"}}) {
      CliRun r = CliRun.of(args);
      assertThat(r.code).as(r.toString()).isEqualTo(2);
      assertThat(r.err.lines()).hasSize(1);
    }
  }
}
