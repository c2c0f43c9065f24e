package org.chengxin.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Connects an implementation to the conformance kit: it runs one vector and returns its JSON output. Partners
 * implement it for their own engine (or shell out to their CLI); {@link ConformanceRunner} compares the result.
 */
public interface ConformanceAdapter {

  /**
   * Assesses every record of the vector's input under {@code vector.profile()} at {@code vector.asOf()}.
   *
   * @return a JSON array with one §4.10 assessment, or one {@code {"recordId","problems"}} refusal, per input record,
   *     in input order
   */
  JsonNode assess(ConformanceVector vector);

  /**
   * Validates the vector's input file in its {@code format} and {@code encoding}.
   *
   * @return the §8 validation report
   */
  JsonNode validate(ConformanceVector vector);
}
