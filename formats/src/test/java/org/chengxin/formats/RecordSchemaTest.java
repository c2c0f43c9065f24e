package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chengxin.core.Problem;
import org.chengxin.core.Record;
import org.chengxin.core.Severity;
import org.chengxin.formats.internal.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema (SPEC §6): accepts every record the validator accepts, rejects every fixture with a
 * structural problem, and is the same file in the module and at the repository root.
 */
class RecordSchemaTest {

  private static final String RESOURCE = "/org/chengxin/formats/record.schema.json";
  private static JsonSchema schema;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = RecordSchemaTest.class.getResourceAsStream(RESOURCE)) {
      JsonNode node = Json.MAPPER.readTree(in);
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }
  }

  static Set<ValidationMessage> check(JsonNode record) {
    return schema.validate(record);
  }

  static Stream<Fixtures.Fixture> structuralFixtures() {
    return Fixtures.all().stream().filter(Fixtures.Fixture::structural);
  }

  static Stream<Fixtures.Fixture> warningOnlyFixtures() {
    return Fixtures.all().stream().filter(f -> RecordValidator.standard().validate(f.tree()).stream()
        .noneMatch(p -> p.severity() == Severity.ERROR));
  }

  @Test
  void theRepositoryCopyIsByteIdentical() throws Exception {
    Path root = Path.of(System.getProperty("chengxin.project.dir", ".."));
    Path copy = root.resolve("schema/record.schema.json");
    try (InputStream in = RecordSchemaTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(Files.readAllBytes(copy)).isEqualTo(in.readAllBytes());
    }
  }

  @Test
  void acceptsTheBaseRecordsAnd1000GeneratedOnes_seed77() throws Exception {
    assertThat(check(Json.MAPPER.readTree(Fixtures.ORG))).isEmpty();
    assertThat(check(Json.MAPPER.readTree(Fixtures.OFFICIAL))).isEmpty();
    for (Record r : new ValidRecords(77).records(1000)) {
      assertThat(check(CanonicalJson.toTree(r))).as(r.recordId()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structuralFixtures")
  void rejectsEveryStructuralFixture(Fixtures.Fixture fixture) {
    assertThat(check(fixture.tree())).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("warningOnlyFixtures")
  void acceptsFixturesWithOnlyWarnings(Fixtures.Fixture fixture) {
    assertThat(check(fixture.tree())).isEmpty();
  }

  @Test
  void agreesWithTheValidatorOnGarbledRecords_seed0x5C4E3A() {
    int structural = 0;
    for (JsonNode tree : RecordValidatorPropertiesTest.garbage(0x5C4E3AL, 1500)) {
      List<Problem> problems = RecordValidator.standard().validate(tree);
      Set<ValidationMessage> messages = check(tree);
      if (problems.stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
        assertThat(messages).as("schema rejects a valid record " + tree).isEmpty();
      }
      if (problems.stream().anyMatch(p -> Fixtures.STRUCTURAL.contains(p.code().name()))) {
        structural++;
        assertThat(messages).as("schema accepts " + tree + " despite "
            + problems.stream().map(p -> p.code() + "@" + p.path()).collect(Collectors.toList())).isNotEmpty();
      }
    }
    assertThat(structural).isGreaterThan(500);
  }
}
