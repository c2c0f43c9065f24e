package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.chengxin.core.Category;
import org.chengxin.core.Domain;
import org.chengxin.core.SanctionType;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.chengxin.rules.internal.BuiltInProfiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code docs/profile.schema.json} (draft 2020-12) accepts every shipped profile document and every resolved
 * profile, rejects the structurally broken ones, and lists exactly the codes of the Java enums.
 */
class ProfileSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonNode schemaTree;
  private static JsonSchema schema;

  @BeforeAll
  static void readSchema() throws IOException {
    Path file = Path.of(System.getProperty("chengxin.project.dir", ".."), "docs", "profile.schema.json");
    schemaTree = MAPPER.readTree(file.toFile());
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree);
  }

  static JsonNode read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return MAPPER.readTree(in);
    }
  }

  @Test
  void everyShippedDocumentIsValid() throws IOException {
    List<URL> documents = new ArrayList<>(new BuiltInProfiles().profiles());
    documents.add(ProfileSchemaTest.class.getResource("platform/sample-zone-2024.json"));
    for (URL url : documents) {
      Set<ValidationMessage> errors = schema.validate(read(url));
      assertThat(errors).as(url.toString()).isEmpty();
    }
  }

  @Test
  void everyResolvedProfileAsWrittenIsValid() throws IOException {
    for (Profile profile : ProfileRegistry.load().all()) {
      assertThat(schema.validate(MAPPER.readTree(ProfileJson.write(profile)))).as(profile.id()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknown-key", "unknown-nested-key", "unknown-category", "unknown-measure-code",
      "unknown-subject-kind", "unknown-lighter-waive", "unknown-tier", "missing-basis", "missing-verified",
      "missing-measure-basis", "missing-era-basis", "missing-tier", "fixed-without-period", "period-on-once",
      "malformed-period-no-p", "malformed-period-negative", "malformed-period-words", "malformed-period-lower-case",
      "wrong-type", "bad-jurisdiction", "remove-without-extends", "incomplete-root", "not-an-object",
      "child-without-jurisdiction"})
  void structurallyBrokenDocumentsAreRejected(String name) throws IOException {
    assertThat(schema.validate(read(ProfileLoaderErrorsTest.broken(name)))).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dangling-extends", "cycle-a", "duplicate-inherited-measure-id", "remove-unknown-measure",
      "unsorted-eras", "duplicate-era", "minimum-longer-than-maximum", "incomplete-new-category"})
  void whatOnlyTheLoaderCanSeePassesTheSchema(String name) throws IOException {
    // Beyond a schema: other documents (parents, ids), order and comparisons; the loader reports these.
    assertThat(schema.validate(read(ProfileLoaderErrorsTest.broken(name)))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Category", "Tier", "SubjectKind", "Domain", "SanctionType", "MeasureCode", "Target", "MeasureKind",
      "DurationType", "RetentionBase", "ReportingFrequency"})
  void schemaEnumsAreTheJavaCodes(String name) {
    List<String> inSchema = new ArrayList<>();
    schemaTree.path("$defs").path(name).path("enum").forEach(v -> inSchema.add(v.asText()));
    assertThat(inSchema).containsExactlyElementsOf(
        Arrays.stream(codes(name)).map(Enum::name).toList());
  }

  private static Enum<?>[] codes(String name) {
    switch (name) {
      case "Category": return Category.values();
      case "Tier": return Tier.values();
      case "SubjectKind": return SubjectKind.values();
      case "Domain": return Domain.values();
      case "SanctionType": return SanctionType.values();
      case "MeasureCode": return MeasureCode.values();
      case "Target": return Target.values();
      case "MeasureKind": return MeasureKind.values();
      case "DurationType": return DurationType.values();
      case "RetentionBase": return RetentionBase.values();
      case "ReportingFrequency": return ReportingFrequency.values();
      default: throw new IllegalArgumentException(name);
    }
  }
}
