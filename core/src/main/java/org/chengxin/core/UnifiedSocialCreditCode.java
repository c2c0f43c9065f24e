package org.chengxin.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * 统一社会信用代码 — the unified social credit code of GB 32100-2015 (R-ID-1).
 *
 * <p>18 characters from {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}; the 18th is a check character over the first
 * 17. Characters 3–8 are a division code. Only the check character is verified (characters 9–17 are not checked
 * against GB 11714). Lower case is an error, never silently upper-cased.
 *
 * <pre>{@code
 * UnifiedSocialCreditCode.isValid("11230500001755309F");       // true: a government organ
 * UnifiedSocialCreditCode.checkCharacter("91440300715267260"); // wrong body... computes its own check character
 * }</pre>
 */
public final class UnifiedSocialCreditCode implements Comparable<UnifiedSocialCreditCode> {

  /** The 31 characters a code may use; the value of a character is its index. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private final String value;

  private UnifiedSocialCreditCode(String value) {
    this.value = value;
  }

  /**
   * Parses a code.
   *
   * @throws IdentifierException with {@link ProblemCode#USCC_FORMAT} (length or alphabet) or
   *     {@link ProblemCode#USCC_CHECKSUM}
   */
  public static UnifiedSocialCreditCode parse(CharSequence text) {
    requireNonNull(text, "text");
    Optional<IdentifierException> problem = check(text);
    if (problem.isPresent()) {
      throw problem.get();
    }
    return new UnifiedSocialCreditCode(text.toString());
  }

  /** True iff {@link #parse} would succeed. */
  public static boolean isValid(CharSequence text) {
    return text != null && check(text).isEmpty();
  }

  /**
   * What is wrong with a candidate code, or empty when it is valid. Never throws (except for null).
   */
  public static Optional<IdentifierException> check(CharSequence text) {
    requireNonNull(text, "text");
    if (text.length() != 18) {
      return Optional.of(new IdentifierException(ProblemCode.USCC_FORMAT,
          "'" + text + "' has " + text.length() + " characters, expected 18"));
    }
    for (int i = 0; i < 18; i++) {
      char c = text.charAt(i);
      if (ALPHABET.indexOf(c) < 0) {
        return Optional.of(new IdentifierException(ProblemCode.USCC_FORMAT,
            "'" + text + "' has the character '" + c + "' at position " + (i + 1)
                + ", outside " + ALPHABET));
      }
    }
    char expected = checkCharacter(text.subSequence(0, 17));
    if (text.charAt(17) != expected) {
      return Optional.of(new IdentifierException(ProblemCode.USCC_CHECKSUM,
          "'" + text + "' ends in '" + text.charAt(17) + "', the check character is '" + expected + "'"));
    }
    return Optional.empty();
  }

  /**
   * The check character for a 17-character body: {@code ALPHABET[(31 − Σ value·weight mod 31) mod 31]}.
   *
   * @throws IllegalArgumentException if the body is not 17 characters of the alphabet
   */
  public static char checkCharacter(CharSequence body) {
    requireNonNull(body, "body");
    if (body.length() != 17) {
      throw new IllegalArgumentException("body '" + body + "' must have 17 characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = ALPHABET.indexOf(body.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException(
            "body '" + body + "' has '" + body.charAt(i) + "' at position " + (i + 1) + ", outside " + ALPHABET);
      }
      sum += v * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** The 18 characters. */
  public String value() {
    return value;
  }

  /** Characters 3–8: the division code of the registering authority. */
  public String divisionCode() {
    return value.substring(2, 8);
  }

  /** Character 1: the registration department (1 机构编制, 5 民政, 9 市场监管, Y 其他, …). */
  public char registrationDepartment() {
    return value.charAt(0);
  }

  /** Characters 1–2, e.g. {@code 11} 机关, {@code 12} 事业单位. */
  public String typePrefix() {
    return value.substring(0, 2);
  }

  @Override
  public int compareTo(UnifiedSocialCreditCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnifiedSocialCreditCode && ((UnifiedSocialCreditCode) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
