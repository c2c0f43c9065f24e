package org.chengxin.testkit;

import java.time.LocalDate;

/**
 * The implementation under test (被测实现): what a partner plugs into the conformance kit. Inputs and outputs are plain
 * bytes and JSON text, so that an implementation in any language can be wrapped — in-process, or by calling its
 * command-line tool.
 *
 * <pre>{@code
 * class MyPlatformSubject implements ConformanceSubject {
 *   public String assess(String profileId, LocalDate asOf, byte[] input, String format) {
 *     return myEngine.assessAll(profileId, asOf, input, format);   // NDJSON, one assessment per record
 *   }
 *   public String validate(byte[] input, String format, String encoding) {
 *     return myValidator.report(input, format, encoding);           // the SPEC §8 report as JSON
 *   }
 * }
 * }</pre>
 *
 * <p>Run it with {@link ConformanceTests#dynamicTests(ConformanceSubject)} from a JUnit 5 {@code @TestFactory}, or
 * with {@link ConformanceRunner#runAll(java.util.List, ConformanceSubject)}.
 */
public interface ConformanceSubject {

  /**
   * Assesses every record of {@code input} (SPEC §4).
   *
   * @param profileId the profile, e.g. {@code zhashui-2021}
   * @param asOf the evaluation date (never the clock)
   * @param input the raw input file
   * @param format {@code json}, {@code ndjson}, {@code csv}, {@code penalty-csv} or {@code xlsx}
   * @return one §4.10 assessment — or one {@code {"recordId":…,"problems":[…]}} refusal for a record that cannot be
   *     assessed — per input record, in input order: as NDJSON (one JSON object per line, as
   *     {@code chengxin assess} writes) or as one JSON array
   */
  String assess(String profileId, LocalDate asOf, byte[] input, String format);

  /**
   * Validates {@code input} (SPEC §3, §8).
   *
   * @param input the raw input file
   * @param format {@code json}, {@code ndjson}, {@code csv}, {@code penalty-csv} or {@code xlsx}
   * @param encoding the declared encoding (e.g. {@code GB18030}), or {@code auto} when the vector declares none (a
   *     BOM or valid UTF-8 is read as UTF-8, SPEC §6)
   * @return the §8 validation report as a JSON object
   */
  String validate(byte[] input, String format, String encoding);
}
