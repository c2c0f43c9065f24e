package org.chengxin.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * 行政区划代码 — a 6-digit administrative division code of GB/T 2260 (R-ID-3): {@code PP0000} a province,
 * {@code PPCC00} a prefecture, {@code PPCCDD} a county-level unit.
 *
 * <p>A well-formed code need not be known: retired codes legitimately appear in old identifiers, so an unknown
 * code is a warning ({@code DIVISION_UNKNOWN}), see {@link DivisionRegistry}.
 *
 * <pre>{@code
 * DivisionCode c = DivisionCode.parse("611026");   // 柞水县
 * c.prefecture();                                  // 611000 商洛市
 * c.province();                                    // 610000 陕西省
 * DivisionCode.check("61102");                     // DIVISION_FORMAT
 * }</pre>
 */
public final class DivisionCode implements Comparable<DivisionCode> {

  private final String value;

  private DivisionCode(String value) {
    this.value = value;
  }

  /**
   * Parses six digits.
   *
   * @throws IdentifierException with {@link ProblemCode#DIVISION_FORMAT}
   */
  public static DivisionCode parse(CharSequence text) {
    requireNonNull(text, "text");
    Optional<IdentifierException> problem = check(text);
    if (problem.isPresent()) {
      throw problem.get();
    }
    return new DivisionCode(text.toString());
  }

  /** True iff the text is six digits (known or not). */
  public static boolean isValid(CharSequence text) {
    return text != null && check(text).isEmpty();
  }

  /** What is wrong with the text, or empty when it is six digits. */
  public static Optional<IdentifierException> check(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    if (s.length() != 6) {
      return Optional.of(new IdentifierException(ProblemCode.DIVISION_FORMAT, s,
          "长度为 " + s.length() + " 位，应为 6 位数字",
          "has " + s.length() + " characters, expected 6 digits"));
    }
    for (int i = 0; i < 6; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.of(new IdentifierException(ProblemCode.DIVISION_FORMAT, s,
            "第 " + (i + 1) + " 位 '" + c + "' 不是数字",
            "has the non-digit '" + c + "' at position " + (i + 1)));
      }
    }
    return Optional.empty();
  }

  /** The six digits. */
  public String value() {
    return value;
  }

  /** The province code {@code PP0000}. */
  public DivisionCode province() {
    return new DivisionCode(value.substring(0, 2) + "0000");
  }

  /** The prefecture code {@code PPCC00}; a province's own code for a province. */
  public DivisionCode prefecture() {
    return new DivisionCode(value.substring(0, 4) + "00");
  }

  /** True for {@code PP0000}. */
  public boolean isProvince() {
    return value.endsWith("0000");
  }

  /** True for {@code PPCC00} with CC ≠ 00. */
  public boolean isPrefecture() {
    return value.endsWith("00") && !isProvince();
  }

  /** True for a county-level code {@code PPCCDD} with DD ≠ 00. */
  public boolean isCounty() {
    return !value.endsWith("00");
  }

  /** Whether {@link DivisionRegistry#national()} knows this code. */
  public boolean isKnown() {
    return DivisionRegistry.national().isKnown(value);
  }

  /** Orders codes numerically. */
  @Override
  public int compareTo(DivisionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DivisionCode && ((DivisionCode) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The six digits. */
  @Override
  public String toString() {
    return value;
  }
}
