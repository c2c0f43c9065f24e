package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code chengxin validate --format csv|penalty-csv|xlsx --encoding …} on the bundled table samples (SPEC §6, §9). */
class ValidateTablesCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Six rows, two invalid, two warnings (worked out in formats' TableSamplesTest); samples carry rows. */
  @Test
  void penaltyCsvByExtensionAndHeader() throws Exception {
    CliRun r = CliRun.of("validate", "--json", CliRun.sample("penalties-legal.csv"));
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    JsonNode report = JSON.readTree(r.out);
    assertThat(report.get("recordsRead").asLong()).isEqualTo(6);
    assertThat(report.get("recordsInvalid").asLong()).isEqualTo(2);
    assertThat(report.get("warnings").asLong()).isEqualTo(2);
    JsonNode sample = report.get("notices").get(0).get("samples").get(0);
    assertThat(sample.get("line").isNull()).isTrue();
    assertThat(sample.get("row").asLong()).isPositive();
  }

  @Test
  void explicitFormatsAndEncoding() throws Exception {
    CliRun gb = CliRun.of("validate", "--json", "--format", "penalty-csv", "--encoding", "GB18030",
        CliRun.sample("penalties-natural-gb18030.csv"));
    assertThat(gb.code).as(gb.toString()).isEqualTo(1);
    assertThat(JSON.readTree(gb.out).get("recordsRead").asLong()).isEqualTo(4);

    CliRun utf8 = CliRun.of("validate", "--json", CliRun.sample("penalties-natural-gb18030.csv"));
    assertThat(utf8.code).isEqualTo(1);
    JsonNode report = JSON.readTree(utf8.out);
    assertThat(report.get("recordsRead").asLong()).isEqualTo(1);
    assertThat(report.get("notices").get(0).get("code").asText()).isEqualTo("ENCODING");
    assertThat(utf8.out).doesNotContain("\uFFFD");

    CliRun flat = CliRun.of("validate", "--format", "CSV", CliRun.sample("records.csv"));
    assertThat(flat.code).as(flat.toString()).isZero();
  }

  @Test
  void unknownFormatOrEncodingIsAUsageError() {
    CliRun f = CliRun.of("validate", "--format", "tsv", CliRun.sample("records.csv"));
    assertThat(f.code).isEqualTo(2);
    assertThat(f.err).contains("tsv");
    CliRun e = CliRun.of("validate", "--encoding", "Big5", CliRun.sample("records.csv"));
    assertThat(e.code).isEqualTo(2);
    assertThat(e.err).contains("Big5");
  }
}
