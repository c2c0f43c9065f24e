package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Record;
import org.chengxin.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The validator against the fixture table (SPEC §3, §8) and the valid base records. */
class RecordValidatorTest {

  private final RecordValidator validator = RecordValidator.standard();

  static Stream<Fixtures.Fixture> fixtures() {
    return Fixtures.all().stream();
  }

  @Test
  void theFixtureTableIsLargeEnough() {
    assertThat(Fixtures.all()).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void theBaseRecordsAreClean() {
    assertThat(validator.validate(Fixtures.ORG)).isEmpty();
    assertThat(validator.validate(Fixtures.OFFICIAL)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void eachFixtureProducesExactlyItsProblems(Fixtures.Fixture fixture) {
    JsonNode tree = fixture.tree();
    List<String> found = validator.validate(tree).stream()
        .map(p -> p.code() + "@" + p.path())
        .sorted()
        .collect(Collectors.toList());
    assertThat(found).isEqualTo(fixture.expected().stream().sorted().collect(Collectors.toList()));
  }

  @Test
  void aCitizenIdIsMaskedInProblems() {
    JsonNode tree = Fixtures.apply(Fixtures.OFFICIAL,
        List.<String[]>of(new String[] {"/subject/idNumber", "\"110105194912310021\""}));
    Problem p = validator.validate(tree).get(0);
    assertThat(p.code()).isEqualTo(ProblemCode.ID_CHECKSUM);
    assertThat(p.value()).contains("110105********0021");
    assertThat(p.message(Language.EN) + p.message(Language.ZH)).doesNotContain("19491231");
  }

  @Test
  void warningsLeaveARecordValid() {
    JsonNode tree = Fixtures.apply(Fixtures.ORG,
        List.<String[]>of(new String[] {"/jurisdiction", "\"999999\""}));
    List<Problem> problems = validator.validate(tree);
    assertThat(problems).extracting(Problem::severity).containsExactly(Severity.WARNING);
    Record r = CanonicalJson.fromTree(tree);
    assertThat(r.jurisdiction()).isEqualTo("999999");
  }

  @Test
  void aUnitAddedToTheRegistryIsKnown() {
    RecordValidator xiongan = RecordValidator.of(
        org.chengxin.core.JurisdictionUnits.standard().with("XIONGAN", "雄安新区", "Xiong'an New Area", "130000"),
        org.chengxin.core.DivisionRegistry.national());
    JsonNode tree = Fixtures.apply(Fixtures.ORG, List.<String[]>of(new String[] {"/jurisdiction", "\"XIONGAN\""}));
    assertThat(xiongan.validate(tree)).isEmpty();
    assertThat(validator.validate(tree)).extracting(Problem::code).containsExactly(ProblemCode.DIVISION_UNKNOWN);
  }

  @Test
  void malformedTextIsOneSyntaxProblem() {
    assertThat(validator.validate("{\"a\":")).extracting(Problem::code).containsExactly(ProblemCode.JSON_SYNTAX);
    assertThat(validator.validate("{\"a\":1,\"a\":2}")).extracting(Problem::code)
        .containsExactly(ProblemCode.JSON_SYNTAX);
    assertThat(validator.validate("")).extracting(Problem::code).containsExactly(ProblemCode.JSON_SYNTAX);
  }

  @Test
  void everyMessageExistsInBothLanguages() {
    for (Fixtures.Fixture f : Fixtures.all()) {
      for (Problem p : validator.validate(f.tree())) {
        assertThat(p.message(Language.ZH)).as(f.name()).isNotBlank().doesNotContain("{path}", "{value}", "{detail}");
        assertThat(p.message(Language.EN)).as(f.name()).isNotBlank().doesNotContain("{path}", "{value}", "{detail}");
      }
    }
  }

  @Test
  void generatedRecordsAreCleanInEveryCategoryKindAndEventType() {
    ValidRecords gen = new ValidRecords(20261123L);
    java.util.Set<Object> seen = new java.util.HashSet<>();
    for (Record r : gen.records(600)) {
      assertThat(validator.validate(CanonicalJson.toTree(r))).as(r.recordId()).isEmpty();
      seen.add(r.category());
      seen.add(r.subject().kind());
      r.decision().sanction().ifPresent(s -> seen.add(s.type()));
      r.events().forEach(e -> seen.add(e.type()));
    }
    assertThat(seen).containsAll(java.util.EnumSet.allOf(org.chengxin.core.Category.class))
        .containsAll(java.util.EnumSet.allOf(org.chengxin.core.SubjectKind.class))
        .containsAll(java.util.EnumSet.allOf(org.chengxin.core.SanctionType.class))
        .containsAll(java.util.EnumSet.allOf(org.chengxin.core.EventType.class));
  }
}
