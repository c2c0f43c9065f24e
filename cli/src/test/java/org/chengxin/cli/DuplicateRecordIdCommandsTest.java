package org.chengxin.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §3.1: {@code DUPLICATE_RECORD_ID} is "checked by {@code validate} and {@code batch create} only". A file
 * with one record written twice (lines 1 and 2, the same recordId) is refused by those two on line 2, and read as
 * two records by {@code assess} and the reports.
 */
class DuplicateRecordIdCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path twice;
  private String id;

  @BeforeEach
  void writeTheRecordTwice() throws Exception {
    // ZS-2024-0007 (decided 2024-01-08) is one of the two records batch create sends for 611026 in
    // (2023-12-31, 2024-06-30] (ReportCommandsTest): the duplicate must be found there, not filtered out earlier.
    String line = null;
    for (String l : Files.readAllLines(Path.of(CliRun.sample("by-profile/zhashui-2021.ndjson")), UTF_8)) {
      if (l.contains("\"recordId\":\"ZS-2024-0007\"")) {
        line = l;
      }
    }
    assertThat(line).isNotNull();
    id = "ZS-2024-0007";
    twice = dir.resolve("twice.ndjson");
    Files.write(twice, List.of(line, line), UTF_8);
  }

  @Test
  void assessAssessesBothLines() throws Exception {
    CliRun r = CliRun.of("assess", "--profile", "zhashui-2021", "--as-of", "2024-06-30", twice.toString());
    assertThat(r.code).as(r.toString()).isZero();
    List<String> lines = r.out.lines().toList();
    assertThat(lines).hasSize(2);
    for (String l : lines) {
      JsonNode n = JSON.readTree(l);
      assertThat(n.get("recordId").asText()).isEqualTo(id);
      assertThat(n.has("state")).as(l).isTrue();
      assertThat(n.has("problems") && n.get("problems").toString().contains("DUPLICATE_RECORD_ID")).isFalse();
    }
    assertThat(lines.get(1)).isEqualTo(lines.get(0)); // the same record, the same assessment
  }

  @Test
  void validateReportsTheLaterLine() throws Exception {
    CliRun r = CliRun.of("validate", "--json", twice.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    JsonNode report = JSON.readTree(r.out);
    assertThat(report.get("recordsRead").intValue()).isEqualTo(2);
    assertThat(report.get("recordsInvalid").intValue()).isEqualTo(1);
    JsonNode notice = report.get("notices").get(0);
    assertThat(notice.get("code").asText()).isEqualTo("DUPLICATE_RECORD_ID");
    assertThat(notice.get("samples").get(0).get("line").intValue()).isEqualTo(2);
  }

  @Test
  void batchCreateReportsTheLaterLine() {
    Path batch = dir.resolve("batch.json");
    CliRun r = CliRun.of("batch", "create", "--from", "611026", "--to", "610000", "--since", "2023-12-31",
        "--as-of", "2024-06-30", "--created-at", "2024-07-01T09:00:00+08:00", "--output", batch.toString(),
        twice.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("DUPLICATE_RECORD_ID");
  }

  @Test
  void reportsReadBothLines() {
    CliRun list = CliRun.of("report", "disclosure-list", "--profile", "zhashui-2021", "--as-of", "2024-06-30",
        "--format", "json", twice.toString());
    assertThat(list.code).as(list.toString()).isZero();
    assertThat(list.err).doesNotContain("DUPLICATE_RECORD_ID");
    // hainan-2017 has a reporting schedule; the Zhashui record may be out of its scope, but never a duplicate.
    CliRun progress = CliRun.of("report", "progress", "--profile", "hainan-2017", "--period", "2024-Q1",
        "--format", "json", twice.toString());
    assertThat(progress.code).as(progress.toString()).isNotEqualTo(2);
    assertThat(progress.err).doesNotContain("DUPLICATE_RECORD_ID");
  }
}
