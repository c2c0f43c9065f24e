package org.chengxin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner with stub adapters: pass, field difference, and an implementation that throws. */
class ConformanceRunnerTest {

  private static final ConformanceVector SPEC_EXAMPLE = ConformanceVectors.loadFromClasspath("a01-spec-example-zhashui");

  private static ConformanceAdapter returning(JsonNode assessOutput) {
    return new ConformanceAdapter() {
      @Override
      public JsonNode assess(ConformanceVector vector) {
        return assessOutput;
      }

      @Override
      public JsonNode validate(ConformanceVector vector) {
        throw new IllegalStateException("validator down");
      }
    };
  }

  @Test
  void theExpectedOutputItselfPasses() {
    VectorResult result = ConformanceRunner.run(SPEC_EXAMPLE, returning(SPEC_EXAMPLE.expected()));
    assertThat(result.passed()).isTrue();
    assertThat(result.report()).isEqualTo("a01-spec-example-zhashui " + SPEC_EXAMPLE.rules() + ": passed");
  }

  @Test
  void aChangedDateIsReportedWithItsPath() {
    JsonNode actual = SPEC_EXAMPLE.expected().deepCopy();
    ((ObjectNode) actual.get(0).get("disclosure")).put("publishBy", "2024-01-18");
    VectorResult result = ConformanceRunner.run(SPEC_EXAMPLE, returning(actual));
    assertThat(result.passed()).isFalse();
    assertThat(result.differences()).map(Difference::toString)
        .containsExactly("/0/disclosure/publishBy: expected \"2024-01-17\", actual \"2024-01-18\"");
  }

  @Test
  void anImplementationErrorBecomesTheResultsError() {
    ConformanceVector validate = ConformanceVectors.loadFromClasspath("v01-valid-records");
    List<VectorResult> results = ConformanceRunner.runAll(List.of(SPEC_EXAMPLE, validate),
        returning(new ObjectMapper().createArrayNode()));
    assertThat(results).extracting(VectorResult::passed).containsExactly(false, false);
    assertThat(results.get(0).differences()).singleElement().asString().startsWith("(root): expected array of 1");
    assertThat(results.get(1).error()).hasValue("java.lang.IllegalStateException: validator down");
    assertThat(results.get(1).report()).contains("FAILED", "error: java.lang.IllegalStateException: validator down");
  }
}
