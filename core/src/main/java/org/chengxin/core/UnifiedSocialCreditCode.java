package org.chengxin.core;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Optional;
import org.chengxin.core.internal.CheckedIdentifiers;

/**
 * 统一社会信用代码 — the unified social credit code of GB 32100-2015 (R-ID-1).
 *
 * <p>18 characters from {@value #ALPHABET} (no I, O, S, V, Z); the value of a character is its index. The 18th
 * character is a check character over the first 17: {@code ALPHABET[(31 − Σ value·weight mod 31) mod 31]} with the
 * weights {@code 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28} (3<sup>i</sup> mod 31). Characters 3–8 are a
 * division code. Only the check character is verified (characters 9–17 are not checked against GB 11714). Lower
 * case is an error, never silently upper-cased.
 *
 * <pre>{@code
 * UnifiedSocialCreditCode.isValid("11230500001755309F");        // true: a government organ (机关)
 * UnifiedSocialCreditCode.checkCharacter("11230500001755309");  // 'F'
 * UnifiedSocialCreditCode.check("911100001000000000");          // USCC_CHECKSUM: the check character is 'R'
 * UnifiedSocialCreditCode.check("11230500001755309f");          // USCC_FORMAT: lower case
 * }</pre>
 */
public final class UnifiedSocialCreditCode implements Comparable<UnifiedSocialCreditCode> {

  /** The 31 characters a code may use; the value of a character is its index. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** The length of a code. */
  public static final int LENGTH = 18;

  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  /** A character's value (its index in {@link #ALPHABET}) by code, -1 outside it: parsing is on the hot path. */
  private static final byte[] VALUES = new byte[128];

  static {
    Arrays.fill(VALUES, (byte) -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUES[ALPHABET.charAt(i)] = (byte) i;
    }
    CheckedIdentifiers.install(new Checked());
  }

  /**
   * Makes codes of text checked already (for {@link CheckedIdentifiers}, not API): the constructor, lent to the
   * internal package. With assertions enabled the text is checked all the same.
   */
  private static final class Checked implements CheckedIdentifiers.UsccMaker {
    @Override
    public UnifiedSocialCreditCode make(String checked) {
      requireNonNull(checked, "checked");
      assert wellFormed(checked) : "not a valid USCC: " + checked;
      return new UnifiedSocialCreditCode(checked);
    }
  }

  private static int value(char c) {
    return c < 128 ? VALUES[c] : -1;
  }

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
    String s = text.toString();
    if (!wellFormed(s)) {
      throw failure(s);
    }
    return new UnifiedSocialCreditCode(s);
  }

  /**
   * Whether {@link #check} accepts the code, in one pass (length, alphabet, check character); the hot path of
   * {@link #parse} and {@link #isValid}.
   */
  private static boolean wellFormed(String s) {
    if (s.length() != LENGTH) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = value(s.charAt(i));
      if (v < 0) {
        return false;
      }
      sum += v * WEIGHTS[i];
    }
    // The check character is in ALPHABET, so this also rejects an 18th character outside it.
    return s.charAt(17) == ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** The problem {@link #check} reports for an invalid code (out of the hot path). */
  private static IdentifierException failure(String s) {
    Optional<IdentifierException> problem = check(s);
    if (problem.isPresent()) {
      return problem.get();
    }
    throw new IllegalStateException("check accepts a code that parse rejects: " + s);
  }

  /** True iff {@link #parse} would succeed; false for null. */
  public static boolean isValid(CharSequence text) {
    return text != null && wellFormed(text.toString());
  }

  /**
   * What is wrong with a candidate code, or empty when it is valid: {@code USCC_FORMAT} for a wrong length or a
   * character outside the alphabet (lower case included), else {@code USCC_CHECKSUM} for a wrong 18th character.
   * Never throws (except for null).
   */
  public static Optional<IdentifierException> check(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    if (s.length() != LENGTH) {
      return Optional.of(new IdentifierException(ProblemCode.USCC_FORMAT, s,
          "长度为 " + s.length() + " 位，应为 18 位",
          "has " + s.length() + " characters, expected 18"));
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = s.charAt(i);
      if (value(c) < 0) {
        boolean lower = ALPHABET.indexOf(Character.toUpperCase(c)) >= 0 && c != Character.toUpperCase(c);
        return Optional.of(new IdentifierException(ProblemCode.USCC_FORMAT, s,
            "第 " + (i + 1) + " 位字符 '" + c + "' 不在字符集 " + ALPHABET + " 中" + (lower ? "（不接受小写字母）" : ""),
            "character '" + c + "' at position " + (i + 1) + " is outside " + ALPHABET
                + (lower ? " (lower case is not accepted)" : "")));
      }
    }
    char expected = checkCharacterOf(s);
    if (s.charAt(17) != expected) {
      return Optional.of(new IdentifierException(ProblemCode.USCC_CHECKSUM, s,
          "第 18 位为 '" + s.charAt(17) + "'，校验码应为 '" + expected + "'",
          "ends in '" + s.charAt(17) + "', the check character is '" + expected + "'"));
    }
    return Optional.empty();
  }

  /**
   * The check character for a 17-character body: {@code ALPHABET[(31 − Σ value·weight mod 31) mod 31]}. Example:
   * {@code 11230500001755309} → Σ = 791, 791 mod 31 = 16, 31 − 16 = 15 → {@code 'F'}.
   *
   * @throws IllegalArgumentException if the body is not 17 characters of the alphabet
   */
  public static char checkCharacter(CharSequence body) {
    requireNonNull(body, "body");
    if (body.length() != 17) {
      throw new IllegalArgumentException("body '" + body + "' must have 17 characters, has " + body.length());
    }
    for (int i = 0; i < 17; i++) {
      if (value(body.charAt(i)) < 0) {
        throw new IllegalArgumentException(
            "body '" + body + "' has '" + body.charAt(i) + "' at position " + (i + 1) + ", outside " + ALPHABET);
      }
    }
    return checkCharacterOf(body);
  }

  /** The check character over the first 17 characters, all known to be in the alphabet. */
  private static char checkCharacterOf(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += value(s.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** The 18 characters. */
  public String value() {
    return value;
  }

  /** Characters 3–8: the division code of the registering authority, e.g. {@code 230500}. */
  public String divisionCode() {
    return value.substring(2, 8);
  }

  /** Character 1: the registration department (1 机构编制, 5 民政, 9 市场监管, Y 其他, …). */
  public char registrationDepartment() {
    return value.charAt(0);
  }

  /** Characters 1–2, e.g. {@code 11} 机关, {@code 12} 事业单位 (R-ID-4). */
  public String typePrefix() {
    return value.substring(0, 2);
  }

  /** Orders codes by their characters. */
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

  /** The 18 characters. */
  @Override
  public String toString() {
    return value;
  }
}
