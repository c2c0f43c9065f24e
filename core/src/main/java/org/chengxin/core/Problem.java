package org.chengxin.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One finding about an input or an assessment (SPEC §8): a stable {@link ProblemCode}, its severity, a
 * JSON Pointer to the offending field, the location in the input text when known, the bad value and a
 * message in Chinese and English.
 *
 * <pre>{@code
 * Problem p = Problem.of(ProblemCode.REQUIRED, "/subject/name", null, "", "");
 * p.message(Language.EN);  // "required field /subject/name is missing"
 * }</pre>
 */
@Value.Immutable
public abstract class Problem {

  /** The stable code. */
  public abstract ProblemCode code();

  /** JSON Pointer (RFC 6901) to the offending value; {@code ""} for the whole record. */
  public abstract String path();

  /** The offending value as text (never the full value of a personal identifier in public outputs). */
  public abstract Optional<String> value();

  /** The part of the message that explains this occurrence, in Chinese. */
  @Value.Default
  public String detailZh() {
    return "";
  }

  /** The part of the message that explains this occurrence, in English. */
  @Value.Default
  public String detailEn() {
    return "";
  }

  /** The {@code recordId} of the record, when it could be read. */
  public abstract Optional<String> recordId();

  /** The 1-based line in a JSON text. */
  public abstract Optional<Long> line();

  /** The 1-based column in a JSON text. */
  public abstract Optional<Integer> column();

  /** The data row in a CSV or XLSX file, counted from 1 (the header is row 0). */
  public abstract Optional<Long> row();

  /** The column name in a CSV or XLSX file. */
  public abstract Optional<String> field();

  /** The severity, fixed by the code. */
  public final Severity severity() {
    return code().severity();
  }

  /** The message in the given language. */
  public final String message(Language language) {
    String detail = language == Language.ZH ? detailZh() : detailEn();
    String text = code().template(language)
        .replace("{path}", path().isEmpty() ? "/" : path())
        .replace("{value}", value().orElse(""))
        .replace("{detail}", detail)
        .strip();
    // A template that ends in "：{detail}" reads badly without a detail: drop the dangling colon.
    while (text.endsWith(":") || text.endsWith("：") || text.endsWith(",")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    return text;
  }

  /** A copy located at a line (and column) of a JSON text. */
  public final Problem atLine(long line, Integer column) {
    return builder().from(this).line(line).column(Optional.ofNullable(column)).build();
  }

  /** A copy that names its record. */
  public final Problem forRecord(String recordId) {
    return builder().from(this).recordId(Optional.ofNullable(recordId)).build();
  }

  /** A copy located at a CSV or XLSX row and column. */
  public final Problem atRow(long row, String field) {
    return builder().from(this).row(row).field(Optional.ofNullable(field)).build();
  }

  /**
   * A problem with a code, a path, the bad value (may be null) and the explanation in both languages.
   *
   * @param detailZh Chinese explanation, may be empty
   * @param detailEn English explanation, may be empty
   */
  public static Problem of(ProblemCode code, String path, String value, String detailZh, String detailEn) {
    return builder().code(code).path(path).value(Optional.ofNullable(value))
        .detailZh(detailZh).detailEn(detailEn).build();
  }

  /** A problem without an explanation. */
  public static Problem of(ProblemCode code, String path, String value) {
    return of(code, path, value, "", "");
  }

  /** A builder for the rare case where {@link #of} is not enough. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Problem}. */
  public static final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }
}
