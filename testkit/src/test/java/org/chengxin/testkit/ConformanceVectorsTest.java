package org.chengxin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading the shipped vectors, and the internal consistency of every vector (a vector that contradicts the SPEC's
 * output rules — unsorted measures, counts that do not add up — would make a conformant implementation fail).
 */
class ConformanceVectorsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> VALIDATOR_CODES = Set.of("JSON_SYNTAX", "UNKNOWN_FIELD", "REQUIRED",
      "FORBIDDEN_FIELD", "TYPE", "ENUM_UNKNOWN", "DATE_INVALID", "DATE_ORDER", "MONEY_INVALID", "LENGTH",
      "USCC_FORMAT", "USCC_CHECKSUM", "ID_FORMAT", "ID_CHECKSUM", "ID_BIRTHDATE", "DIVISION_FORMAT",
      "DIVISION_UNKNOWN", "USCC_KIND_MISMATCH", "SANCTION_PERIOD_INVALID", "EVENT_ORDER", "EVENT_INCONSISTENT",
      "DUPLICATE_RECORD_ID", "CATEGORY_MISMATCH", "TOO_LARGE");

  @Test
  void indexListsAtLeast45UniqueVectorsInOrder() {
    List<String> ids = ConformanceVectors.index();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(45).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void indexMatchesTheResourceDirectory() throws IOException {
    Path dir = Path.of(System.getProperty("chengxin.project.dir", ".."), "testkit/src/main/resources",
        ConformanceVectors.RESOURCE_ROOT);
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "source tree not available");
    try (Stream<Path> children = Files.list(dir)) {
      List<String> onDisk = children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList();
      assertThat(ConformanceVectors.index()).containsExactlyElementsOf(onDisk);
    }
    assertThat(ConformanceVectors.fromDirectory(dir)).map(ConformanceVector::id)
        .containsExactlyElementsOf(ConformanceVectors.index());
  }

  @Test
  void everyValidatorCodeForJsonInputHasANegativeVector() {
    Set<String> covered = new TreeSet<>();
    for (ConformanceVector v : ConformanceVectors.fromClasspath()) {
      if (v.kind() == VectorKind.VALIDATE) {
        v.expected().path("notices").forEach(n -> covered.add(n.path("code").asText()));
      }
    }
    assertThat(covered).containsAll(VALIDATOR_CODES);
  }

  /**
   * Issue 6: every R- rule of SPEC §4 is named by a vector's {@code rules}. A rule family with numbered rules of its
   * own (R-DISC: R-DISC-1…) counts when it is named itself or when each of its numbered rules is. Reads the SPEC from
   * {@code ${chengxin.shared.dir}}; skipped where that folder is absent.
   */
  @Test
  void everyAssessmentRuleOfSpecSection4IsNamedByAVector() throws IOException {
    String shared = System.getProperty("chengxin.shared.dir");
    Path spec = shared == null ? null : Path.of(shared, "SPEC.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(spec != null && Files.isRegularFile(spec), "no shared SPEC.md");
    String text = Files.readString(spec, StandardCharsets.UTF_8);
    int from = text.indexOf("\n## 4.");
    int to = text.indexOf("\n## 5.", from);
    assertThat(from).as("SPEC §4").isPositive();
    assertThat(to).as("SPEC §5").isGreaterThan(from);
    Set<String> rules = new TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("R-[A-Z]+(?:-[0-9]+)?").matcher(text.substring(from, to));
    while (m.find()) {
      rules.add(m.group());
    }
    Set<String> named = ConformanceVectors.fromClasspath().stream().flatMap(v -> v.rules().stream())
        .collect(Collectors.toCollection(TreeSet::new));
    List<String> missing = new ArrayList<>();
    for (String rule : rules) {
      List<String> numbered = rules.stream().filter(r -> r.startsWith(rule + "-")).toList();
      boolean covered = named.contains(rule) || !numbered.isEmpty() && named.containsAll(numbered);
      if (!covered) {
        missing.add(rule);
      }
    }
    // the SPEC's §4 names at least these (R-DATE-1…4, R-DISC-1…5, R-REP-1…4 and the unnumbered rules)
    assertThat(rules).contains("R-DATE-2", "R-ERA", "R-DISC-5", "R-RET", "R-OBJ", "R-OBJ-1", "R-REV", "R-REP-4",
        "R-MEAS", "R-STATE");
    assertThat(missing).as("rules of SPEC §4 no vector names").isEmpty();
  }

  @Test
  void everySeedProfileHasAVector() {
    Set<String> profiles = ConformanceVectors.fromClasspath().stream().flatMap(v -> v.profile().stream())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(profiles).containsExactly("cn-national", "fujian-2017", "hainan-2017", "qinhuangdao-transport-2021",
        "shenfu-2022", "zhashui-2021");
  }

  @Test
  void loadsTheSpecExampleWithItsSettings() {
    ConformanceVector v = ConformanceVectors.loadFromClasspath("a01-spec-example-zhashui");
    assertThat(v.kind()).isEqualTo(VectorKind.ASSESS);
    assertThat(v.profile()).hasValue("zhashui-2021");
    assertThat(v.asOf()).hasValueSatisfying(d -> assertThat(d).hasToString("2024-03-01"));
    assertThat(v.format()).isEqualTo("ndjson");
    assertThat(v.encoding()).isEmpty();
    assertThat(v.inputFileName()).isEqualTo("input.ndjson");
    assertThat(v.expected().get(0).path("repair").path("eligibleFrom").asText()).isEqualTo("2024-04-09");
  }

  @Test
  void unknownVectorAndBrokenDirectoryAreClearErrors(@TempDir Path tmp) throws IOException {
    assertThatThrownBy(() -> ConformanceVectors.loadFromClasspath("no-such-vector"))
        .isInstanceOf(VectorFormatException.class).hasMessageContaining("no-such-vector");
    Path broken = Files.createDirectories(tmp.resolve("x1"));
    Files.writeString(broken.resolve("vector.json"), "{\"kind\":\"assess\",\"format\":\"ndjson\"}");
    Files.writeString(broken.resolve("expected.json"), "[]");
    assertThatThrownBy(() -> ConformanceVectors.fromDirectory(tmp))
        .isInstanceOf(VectorFormatException.class).hasMessageContaining("x1").hasMessageContaining("no input file");
    Files.writeString(broken.resolve("input.ndjson"), "");
    Files.writeString(broken.resolve("vector.json"), "{\"kind\":\"grade\",\"format\":\"ndjson\"}");
    assertThatThrownBy(() -> ConformanceVectors.fromDirectory(tmp))
        .isInstanceOf(VectorFormatException.class).hasMessageContaining("\"grade\"");
  }

  /** One dynamic test per vector: the expected output obeys the SPEC's own output rules. */
  @TestFactory
  Stream<DynamicTest> everyVectorIsInternallyConsistent() {
    return ConformanceVectors.fromClasspath().stream()
        .map(v -> DynamicTest.dynamicTest(v.id(), () -> checkConsistency(v)));
  }

  private static void checkConsistency(ConformanceVector v) throws IOException {
    assertThat(v.description()).isNotBlank();
    assertThat(v.rules()).isNotEmpty();
    if (v.kind() == VectorKind.VALIDATE) {
      checkReport(v.expected());
      return;
    }
    assertThat(v.profile()).isPresent();
    assertThat(v.asOf()).isPresent();
    List<JsonNode> records = new ArrayList<>();
    for (String line : v.inputText().split("\n")) {
      if (!line.isBlank()) {
        records.add(MAPPER.readTree(line.getBytes(StandardCharsets.UTF_8)));
      }
    }
    assertThat(v.expected().size()).as("one expected entry per input record").isEqualTo(records.size());
    for (int i = 0; i < records.size(); i++) {
      JsonNode exp = v.expected().get(i);
      assertThat(exp.path("recordId").asText()).isEqualTo(records.get(i).path("recordId").asText());
      if (!exp.has("state")) {
        assertThat(exp.path("problems").size()).as("a refusal carries its problems").isPositive();
        continue;
      }
      assertThat(exp.path("asOf").asText()).isEqualTo(v.asOf().orElseThrow().toString());
      assertThat(exp.path("profile").path("id").asText()).isEqualTo(v.profile().orElseThrow());
      List<String> measureKeys = new ArrayList<>();
      exp.path("measures").forEach(m -> measureKeys.add(m.path("code").asText() + " " + m.path("target").asText()));
      assertThat(measureKeys).as("measures sorted by code then target").isSorted();
      assertThat(texts(exp.path("repair").path("blockers"))).isSorted();
      assertThat(texts(exp.path("remedies"))).isSorted();
      boolean repairedOrPerformed = Set.of("REPAIRED", "PERFORMED")
          .contains(exp.path("disclosure").path("endReason").asText());
      if (exp.path("state").asText().equals("REPAIRED")) {
        assertThat(repairedOrPerformed).as("REPAIRED needs endReason REPAIRED or PERFORMED").isTrue();
      }
    }
  }

  private static void checkReport(JsonNode report) {
    int read = report.path("recordsRead").asInt();
    assertThat(report.path("recordsValid").asInt() + report.path("recordsInvalid").asInt()).isEqualTo(read);
    int errors = 0;
    int warnings = 0;
    List<String> order = new ArrayList<>();
    for (JsonNode n : report.path("notices")) {
      int count = n.path("count").asInt();
      assertThat(n.path("samples").size()).as("samples = min(5, count)").isEqualTo(Math.min(5, count));
      String severity = n.path("severity").asText();
      errors += severity.equals("ERROR") ? count : 0;
      warnings += severity.equals("WARNING") ? count : 0;
      order.add((severity.equals("ERROR") ? "0" : severity.equals("WARNING") ? "1" : "2") + n.path("code").asText());
    }
    assertThat(order).as("notices sorted by severity then code").isSorted();
    assertThat(report.path("errors").asInt()).isEqualTo(errors);
    assertThat(report.path("warnings").asInt()).isEqualTo(warnings);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
