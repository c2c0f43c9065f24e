package org.chengxin.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs conformance vectors through a {@link ConformanceSubject} and compares the output with
 * {@link VectorComparator}.
 *
 * <pre>{@code
 * List<VectorResult> results = ConformanceRunner.runAll(ConformanceVectors.fromClasspath(), subject);
 * long failed = results.stream().filter(r -> !r.passed()).count();
 * }</pre>
 */
public final class ConformanceRunner {

  /** The encoding passed to {@link ConformanceSubject#validate} when a vector declares none. */
  public static final String AUTO_ENCODING = "auto";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ConformanceRunner() {}

  /**
   * Runs one vector. An exception thrown by the subject, or output that is not JSON, becomes the result's
   * {@code error}.
   */
  public static VectorResult run(ConformanceVector vector, ConformanceSubject subject) {
    VectorResult.Builder result = VectorResult.builder().vector(vector);
    JsonNode actual;
    try {
      actual = vector.kind() == VectorKind.ASSESS
          ? parseAssessments(subject.assess(setting(vector, vector.profile().orElse(null), "profile"),
              setting(vector, vector.asOf().orElse(null), "asOf"), vector.input(), vector.format()))
          : parse(subject.validate(vector.input(), vector.format(), vector.encoding().orElse(AUTO_ENCODING)));
    } catch (RuntimeException e) {
      return result.error(e.getClass().getName() + ": " + e.getMessage()).build();
    }
    return result.differences(VectorComparator.compare(vector, actual)).build();
  }

  /** Runs every vector, in order. */
  public static List<VectorResult> runAll(List<ConformanceVector> vectors, ConformanceSubject subject) {
    List<VectorResult> results = new ArrayList<>();
    for (ConformanceVector vector : vectors) {
      results.add(run(vector, subject));
    }
    return results;
  }

  /**
   * Reads assessment output: one JSON array, or NDJSON (one object per non-blank line), into an array.
   *
   * @throws VectorFormatException when the text is neither
   */
  public static JsonNode parseAssessments(String output) {
    String text = output == null ? "" : output.strip();
    if (text.startsWith("[")) {
      return parse(text);
    }
    ArrayNode array = MAPPER.createArrayNode();
    for (String line : text.split("\r?\n")) {
      if (!line.isBlank()) {
        array.add(parse(line));
      }
    }
    return array;
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json == null ? "" : json);
    } catch (JsonProcessingException e) {
      throw new VectorFormatException("the output is not JSON: " + e.getOriginalMessage() + " in \""
          + abbreviate(json) + "\"", e);
    }
  }

  private static String abbreviate(String text) {
    return text == null ? "null" : text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  private static <T> T setting(ConformanceVector vector, T value, String name) {
    if (value == null) {
      throw new VectorFormatException("assess vector \"" + vector.id() + "\" has no " + name);
    }
    return value;
  }
}
