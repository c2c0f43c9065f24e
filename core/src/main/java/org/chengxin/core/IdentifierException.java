package org.chengxin.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A malformed identifier (R-ID-1..3): carries the {@link ProblemCode} a validator reports for it, the offending
 * value as it may be shown (a citizen ID number is masked) and the explanation in Chinese and English.
 *
 * <pre>{@code
 * IdentifierException e = UnifiedSocialCreditCode.check("911100001000000000").orElseThrow();
 * e.code();                         // USCC_CHECKSUM
 * e.toProblem("/subject/uscc");     // the §8 problem, with the value and both explanations
 * }</pre>
 */
public final class IdentifierException extends ChengxinException {
  private static final long serialVersionUID = 1L;
  private final ProblemCode code;
  private final String value;
  private final String detailZh;
  private final String detailEn;

  /** An exception whose message serves as the explanation in both languages. */
  public IdentifierException(ProblemCode code, String message) {
    super(message);
    this.code = requireNonNull(code, "code");
    this.value = null;
    this.detailZh = message;
    this.detailEn = message;
  }

  /**
   * An exception about a value (may be null), explained in Chinese and English. The message is the quoted value
   * followed by the English explanation.
   */
  public IdentifierException(ProblemCode code, String value, String detailZh, String detailEn) {
    super((value == null ? "" : "'" + value + "': ") + requireNonNull(detailEn, "detailEn"));
    this.code = requireNonNull(code, "code");
    this.value = value;
    this.detailZh = requireNonNull(detailZh, "detailZh");
    this.detailEn = detailEn;
  }

  /** The problem code: {@code USCC_FORMAT}, {@code USCC_CHECKSUM}, {@code ID_*} or {@code DIVISION_FORMAT}. */
  public ProblemCode code() {
    return code;
  }

  /** The offending value as it may be shown (a citizen ID number is masked), when known. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** The explanation in Chinese. */
  public String detailZh() {
    return detailZh;
  }

  /** The explanation in English. */
  public String detailEn() {
    return detailEn;
  }

  /** This finding as a §8 problem at a JSON Pointer path. */
  public Problem toProblem(String path) {
    return Problem.of(code, requireNonNull(path, "path"), value, detailZh, detailEn);
  }
}
