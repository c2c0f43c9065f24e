package org.chengxin.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chengxin assess}: SPEC §9 — NDJSON, one line per input record, in input order. */
class AssessCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<JsonNode> lines(CliRun r) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out.lines().toArray(String[]::new)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  private static List<String> inputIds(String file) throws Exception {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(file), UTF_8)) {
      ids.add(JSON.readTree(line).get("recordId").asText());
    }
    return ids;
  }

  @Test
  void oneLinePerRecordInInputOrder() throws Exception {
    String file = CliRun.sample("records.ndjson");
    CliRun r = CliRun.of("assess", "--profile", "fujian-2017", "--as-of", "2025-12-31", file);
    List<JsonNode> out = lines(r);
    assertThat(out).hasSize(59); // 14 + 13 + 13 + 11 + 8 records of the five platforms (tools/gen-samples.py)
    List<String> ids = new ArrayList<>();
    out.forEach(n -> ids.add(n.get("recordId").asText()));
    assertThat(ids).isEqualTo(inputIds(file));
    // fujian-2017 does not accept NON_PROSECUTION (qinhuangdao) or PAYMENT_ARREARS (shenfu): those lines are
    // refusals carrying CATEGORY_NOT_IN_PROFILE, so the run exits 1 (SPEC §3.3, §9).
    assertThat(r.code).isEqualTo(1);
    for (JsonNode n : out) {
      String category = categoryOf(file, n.get("recordId").asText());
      if (Set.of("NON_PROSECUTION", "PAYMENT_ARREARS").contains(category)) {
        assertThat(n.has("state")).isFalse();
        assertThat(n.get("problems").get(0).get("code").asText()).isEqualTo("CATEGORY_NOT_IN_PROFILE");
      } else {
        assertThat(n.get("state").asText()).as(n.toString()).isNotEmpty();
        assertThat(n.get("profile").get("id").asText()).isEqualTo("fujian-2017");
        assertThat(n.get("asOf").asText()).isEqualTo("2025-12-31");
      }
    }
  }

  private static String categoryOf(String file, String recordId) throws Exception {
    for (String line : Files.readAllLines(Path.of(file), UTF_8)) {
      JsonNode n = JSON.readTree(line);
      if (n.get("recordId").asText().equals(recordId)) {
        return n.get("category").asText();
      }
    }
    throw new AssertionError(recordId);
  }

  @Test
  void exitsZeroWhenEveryRecordIsAssessed() throws Exception {
    // The records of the national categories (SPEC §5.1) only.
    Set<String> national = Set.of("JUDICIAL_JUDGMENT", "ADMINISTRATIVE_PENALTY", "DISCIPLINARY_SANCTION",
        "ACCOUNTABILITY", "CONTRACT_BREACH");
    List<String> kept = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(CliRun.sample("records.ndjson")), UTF_8)) {
      if (national.contains(JSON.readTree(line).get("category").asText())) {
        kept.add(line);
      }
    }
    Path file = dir.resolve("national.ndjson");
    Files.write(file, kept, UTF_8);
    CliRun r = CliRun.of("assess", "--profile", "cn-national", "--as-of", "2025-12-31", file.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out.lines()).hasSize(kept.size());
    assertThat(r.err).isEmpty();
  }

  @Test
  void invalidRecordsAndMalformedLinesKeepTheirLine() throws Exception {
    CliRun r = CliRun.of("assess", "--profile", "cn-national", "--as-of", "2025-12-31",
        CliRun.sample("invalid.ndjson"));
    assertThat(r.code).isEqualTo(1);
    List<JsonNode> out = lines(r);
    assertThat(out).hasSize(28);
    // Line 6 is malformed JSON: its line carries JSON_SYNTAX.
    assertThat(out.get(5).get("problems").get(0).get("code").asText()).isEqualTo("JSON_SYNTAX");
    // Line 2 lacks decision.content: not assessed, REQUIRED.
    assertThat(out.get(1).get("recordId").asText()).isEqualTo("BAD-02");
    assertThat(out.get(1).has("state")).isFalse();
    assertThat(out.get(1).get("problems").toString()).contains("REQUIRED");
    // Line 17 has only a WARNING (DIVISION_UNKNOWN): it is assessed.
    assertThat(out.get(16).get("recordId").asText()).isEqualTo("BAD-17");
    assertThat(out.get(16).has("state")).isTrue();
  }

  @Test
  void standardOutputGetsTheBytesOfTheEmbeddedText() throws Exception {
    // Main.main writes assess's lines as UTF-8 bytes (StdoutWriter); Main.run into a PrintWriter decodes the same
    // bytes: both must give the same text, line 6 (malformed, no readable recordId) with "recordId":null.
    for (String sample : List.of("invalid.ndjson", "records.ndjson")) {
      String[] args = {"assess", "--profile", "cn-national", "--as-of", "2025-12-31", CliRun.sample(sample)};
      CliRun embedded = CliRun.of(args);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      StringWriter err = new StringWriter();
      int code = Main.run(StdoutWriter.over(bytes), new PrintWriter(err), args);
      assertThat(code).isEqualTo(embedded.code);
      assertThat(err.toString()).isEqualTo(embedded.err);
      assertThat(bytes.toByteArray()).isEqualTo(embedded.out.getBytes(UTF_8));
      if (sample.equals("invalid.ndjson")) {
        assertThat(embedded.out.lines().skip(5).findFirst().orElseThrow()).startsWith("{\"recordId\":null,\"problems\":[");
      }
    }
  }

  @Test
  void asOfBeforeEveryDecisionRefusesEveryRecord() throws Exception {
    CliRun r = CliRun.of("assess", "--profile", "cn-national", "--as-of", "2017-12-31",
        CliRun.sample("records.ndjson"));
    assertThat(r.code).isEqualTo(1);
    for (JsonNode n : lines(r)) {
      assertThat(n.get("problems").toString()).as(n.toString()).contains("AS_OF_BEFORE_DECISION");
    }
  }

  @Test
  void unknownProfileListsTheKnownOnes() {
    CliRun r = CliRun.of("assess", "--lang", "en", "--profile", "atlantis", "--as-of", "2024-03-01",
        CliRun.sample("records.ndjson"));
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err.lines()).hasSize(1);
    assertThat(r.err).contains("atlantis").contains("zhashui-2021").contains("cn-national");
  }

  @Test
  void usageAndIoErrors() {
    String file = CliRun.sample("records.ndjson");
    for (String[] args : new String[][] {
        {"assess", "--profile", "cn-national", file},
        {"assess", "--as-of", "2024-03-01", file},
        {"assess", "--profile", "cn-national", "--as-of", "2024-13-01", file},
        {"assess", "--profile", "cn-national", "--as-of", "2024-03-01"},
        {"assess", "--profile", "cn-national", "--as-of", "2024-03-01", dir.resolve("none.ndjson").toString()}}) {
      CliRun r = CliRun.of(args);
      assertThat(r.code).as(r.toString()).isEqualTo(2);
      assertThat(r.err.lines()).hasSize(1);
    }
  }
}
