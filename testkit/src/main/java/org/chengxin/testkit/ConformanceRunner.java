package org.chengxin.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs conformance vectors through a {@link ConformanceAdapter} and compares the output with
 * {@link VectorComparator}.
 *
 * <pre>{@code
 * List<VectorResult> results = ConformanceRunner.runAll(ConformanceVectors.fromClasspath(), adapter);
 * long failed = results.stream().filter(r -> !r.passed()).count();
 * }</pre>
 */
public final class ConformanceRunner {

  private ConformanceRunner() {}

  /** Runs one vector; an exception thrown by the adapter becomes the result's {@code error}. */
  public static VectorResult run(ConformanceVector vector, ConformanceAdapter adapter) {
    VectorResult.Builder result = VectorResult.builder().vector(vector);
    JsonNode actual;
    try {
      actual = vector.kind() == VectorKind.ASSESS ? adapter.assess(vector) : adapter.validate(vector);
    } catch (RuntimeException e) {
      return result.error(e.getClass().getName() + ": " + e.getMessage()).build();
    }
    return result.differences(VectorComparator.compare(vector, actual)).build();
  }

  /** Runs every vector, in order. */
  public static List<VectorResult> runAll(List<ConformanceVector> vectors, ConformanceAdapter adapter) {
    List<VectorResult> results = new ArrayList<>();
    for (ConformanceVector vector : vectors) {
      results.add(run(vector, adapter));
    }
    return results;
  }
}
