package org.chengxin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The runner and the JUnit factory with stub subjects: pass, field difference, broken output, a throwing subject. */
class ConformanceRunnerTest {

  private static final ConformanceVector SPEC_EXAMPLE =
      ConformanceVectors.loadFromClasspath("a01-spec-example-zhashui");

  /** Answers assess with fixed text, records the arguments, and fails validation. */
  private static final class Stub implements ConformanceSubject {
    final String assessOutput;
    final List<String> calls = new ArrayList<>();

    Stub(String assessOutput) {
      this.assessOutput = assessOutput;
    }

    @Override
    public String assess(String profileId, LocalDate asOf, byte[] input, String format) {
      calls.add(profileId + " " + asOf + " " + format + " " + input.length);
      return assessOutput;
    }

    @Override
    public String validate(byte[] input, String format, String encoding) {
      throw new IllegalStateException("validator down");
    }
  }

  /** The expected array written as NDJSON, as {@code chengxin assess} prints it. */
  private static String ndjson(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::toString)
        .collect(Collectors.joining("\n", "", "\n"));
  }

  @Test
  void theExpectedOutputPassesAsNdjsonOrArrayAndTheVectorSettingsArePassedThrough() {
    Stub ndjson = new Stub(ndjson(SPEC_EXAMPLE.expected()));
    VectorResult result = ConformanceRunner.run(SPEC_EXAMPLE, ndjson);
    assertThat(result.passed()).as(result.report()).isTrue();
    assertThat(result.report()).isEqualTo("a01-spec-example-zhashui " + SPEC_EXAMPLE.rules() + ": passed");
    assertThat(ndjson.calls).containsExactly("zhashui-2021 2024-03-01 ndjson " + SPEC_EXAMPLE.input().length);
    assertThat(ConformanceRunner.run(SPEC_EXAMPLE, new Stub(SPEC_EXAMPLE.expected().toString())).passed()).isTrue();
  }

  @Test
  void aChangedDateIsReportedWithItsPath() {
    JsonNode actual = SPEC_EXAMPLE.expected().deepCopy();
    ((ObjectNode) actual.get(0).get("disclosure")).put("publishBy", "2024-01-18");
    VectorResult result = ConformanceRunner.run(SPEC_EXAMPLE, new Stub(ndjson(actual)));
    assertThat(result.passed()).isFalse();
    assertThat(result.differences()).map(Difference::toString)
        .containsExactly("/0/disclosure/publishBy: expected \"2024-01-17\", actual \"2024-01-18\"");
  }

  @Test
  void outputThatIsNotJsonIsAnError() {
    VectorResult result = ConformanceRunner.run(SPEC_EXAMPLE, new Stub("{\"recordId\":\n"));
    assertThat(result.passed()).isFalse();
    assertThat(result.error()).hasValueSatisfying(e -> assertThat(e).contains("not JSON"));
  }

  @Test
  void anImplementationErrorBecomesTheResultsError() {
    ConformanceVector validate = ConformanceVectors.loadFromClasspath("v01-valid-records");
    List<VectorResult> results = ConformanceRunner.runAll(List.of(SPEC_EXAMPLE, validate), new Stub("[]"));
    assertThat(results).extracting(VectorResult::passed).containsExactly(false, false);
    assertThat(results.get(0).differences()).singleElement().asString().startsWith("(root): expected array of 1");
    assertThat(results.get(1).error()).hasValue("java.lang.IllegalStateException: validator down");
    assertThat(results.get(1).report()).contains("FAILED", "error: java.lang.IllegalStateException: validator down");
  }

  @Test
  void dynamicTestsAreNamedByIdAndDescriptionAndFailWithTheDifferences() throws Throwable {
    JsonNode actual = SPEC_EXAMPLE.expected().deepCopy();
    ((ObjectNode) actual.get(0)).put("state", "EXPIRED");
    List<DynamicTest> tests = ConformanceTests.dynamicTests(new Stub(ndjson(actual)), List.of(SPEC_EXAMPLE)).toList();
    assertThat(tests).singleElement().satisfies(t ->
        assertThat(t.getDisplayName()).startsWith("a01-spec-example-zhashui — ").hasSizeLessThanOrEqualTo(
            "a01-spec-example-zhashui — ".length() + 120));
    try {
      tests.get(0).getExecutable().execute();
      throw new AssertionError("the test passed");
    } catch (AssertionFailedError e) {
      assertThat(e.getMessage()).contains("a01-spec-example-zhashui", "FAILED",
          "/0/state: expected \"ACTIVE\", actual \"EXPIRED\"");
    }
    // The unchanged expected output passes.
    ConformanceTests.dynamicTests(new Stub(ndjson(SPEC_EXAMPLE.expected())), List.of(SPEC_EXAMPLE))
        .findFirst().orElseThrow().getExecutable().execute();
  }

  @Test
  void everyShippedVectorBecomesOneTest() {
    assertThat(ConformanceTests.dynamicTests(new Stub("[]")).map(DynamicTest::getDisplayName).toList())
        .hasSize(ConformanceVectors.index().size())
        .allSatisfy(name -> assertThat(name).contains(" — "));
  }
}
