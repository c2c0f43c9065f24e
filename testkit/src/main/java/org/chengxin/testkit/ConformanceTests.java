package org.chengxin.testkit;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The JUnit 5 entry point of the conformance kit (一致性测试): one dynamic test per vector, named by the vector's id
 * and the first sentence of its description, failing with every field-level difference.
 *
 * <p>A partner's whole conformance suite:
 *
 * <pre>{@code
 * class MyPlatformConformanceTest {
 *   @TestFactory
 *   Stream<DynamicTest> chengxinVectors() {
 *     return ConformanceTests.dynamicTests(new MyPlatformSubject());
 *   }
 * }
 * }</pre>
 *
 * <p>A failure reads, for example:
 *
 * <pre>
 * a01-spec-example-zhashui [R-DISC-2, R-DISC-3, …]: FAILED
 *   /0/disclosure/publishBy: expected "2024-01-17", actual "2024-01-18"
 * </pre>
 */
public final class ConformanceTests {

  private static final int NAME_LENGTH = 120;

  private ConformanceTests() {}

  /** One test per vector shipped in this jar, in index order. */
  public static Stream<DynamicTest> dynamicTests(ConformanceSubject subject) {
    return dynamicTests(subject, ConformanceVectors.fromClasspath());
  }

  /** One test per given vector (e.g. {@link ConformanceVectors#fromDirectory} for a partner's own vectors). */
  public static Stream<DynamicTest> dynamicTests(ConformanceSubject subject, List<ConformanceVector> vectors) {
    return vectors.stream().map(vector -> DynamicTest.dynamicTest(displayName(vector), () -> {
      VectorResult result = ConformanceRunner.run(vector, subject);
      if (!result.passed()) {
        Assertions.fail(result.report());
      }
    }));
  }

  /**
   * The test name: the id, then the description's first sentence (at most 120 characters), e.g.
   * {@code a01-spec-example-zhashui — The SPEC §4.10 example: …}.
   */
  public static String displayName(ConformanceVector vector) {
    String description = vector.description().strip();
    int end = description.indexOf(". ");
    String first = end < 0 ? description : description.substring(0, end + 1);
    if (first.length() > NAME_LENGTH) {
      first = first.substring(0, NAME_LENGTH - 1) + "…";
    }
    return first.isEmpty() ? vector.id() : vector.id() + " — " + first;
  }
}
