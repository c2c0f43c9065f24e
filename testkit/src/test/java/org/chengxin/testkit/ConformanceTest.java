package org.chengxin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every shipped conformance vector against this library, one dynamic test per vector. A failure lists every
 * field-level difference ({@code path: expected …, actual …}).
 */
class ConformanceTest {

  private final LibraryAdapter adapter = LibraryAdapter.create();

  @TestFactory
  Stream<DynamicTest> everyVector() {
    return ConformanceVectors.fromClasspath().stream()
        .map(v -> DynamicTest.dynamicTest(v.id() + " " + v.rules(), () -> {
          VectorResult result = ConformanceRunner.run(v, adapter);
          assertThat(result.passed()).as(result.report()).isTrue();
        }));
  }
}
