package org.chengxin.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One conformance vector (一致性测试向量): the settings of its {@code vector.json}, the input bytes and the expected
 * JSON. Loaded by {@link ConformanceVectors}.
 *
 * <p>Example: vector {@code a01-spec-example-zhashui} has kind {@link VectorKind#ASSESS}, profile
 * {@code zhashui-2021}, asOf 2024-03-01, format {@code ndjson}, and an expected array with one assessment.
 */
@Value.Immutable
public abstract class ConformanceVector {

  /** The vector's directory name, e.g. {@code a01-spec-example-zhashui}. */
  public abstract String id();

  /** Assessment or validation. */
  public abstract VectorKind kind();

  /** The profile id for {@code assess} vectors ({@code cn-national}, {@code zhashui-2021}, …); empty for validation. */
  public abstract Optional<String> profile();

  /** The evaluation date for {@code assess} vectors; empty for validation. */
  public abstract Optional<LocalDate> asOf();

  /** The input format: {@code json}, {@code ndjson}, {@code csv}, {@code penalty-csv} or {@code xlsx}. */
  public abstract String format();

  /** The declared input encoding (e.g. {@code GB18030}); empty means auto-detection (UTF-8). */
  public abstract Optional<String> encoding();

  /** The SPEC rules the vector exercises, e.g. {@code R-DISC-2}. */
  public abstract List<String> rules();

  /** What the vector checks, with the hand arithmetic behind the expected values. */
  public abstract String description();

  /** The input file's name inside the vector directory, e.g. {@code input.ndjson}. */
  public abstract String inputFileName();

  /** The raw input bytes (a copy). */
  public abstract byte[] input();

  /** The expected output: an array of assessments or refusals, or a validation report. */
  public abstract JsonNode expected();

  /** The input decoded as UTF-8 (convenient for JSON and NDJSON inputs). */
  public String inputText() {
    return new String(input(), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return id();
  }

  /** A builder; {@link ConformanceVectors} is the usual way to obtain vectors. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConformanceVector}. */
  public static final class Builder extends ImmutableConformanceVector.Builder {
    Builder() {}
  }
}
