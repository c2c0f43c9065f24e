package org.chengxin.core;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 公民身份号码 — the 18-character citizen ID number of GB 11643-1999 (R-ID-2). Personal data: use
 * {@link #masked()} in every public output; {@link #toString()} is masked too.
 *
 * <p>17 digits and a check character {@code "10X98765432"[Σ digit·weight mod 11]}; digits 7–14 are the birth
 * date ({@code yyyyMMdd}), which must be a real date. Whether it is after a record's decision date is the
 * validator's business. A lower-case {@code x} is a format error.
 */
public final class CitizenIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private final String value;
  private final LocalDate birthDate;

  private CitizenIdNumber(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /**
   * Parses an ID number.
   *
   * @throws IdentifierException with {@code ID_FORMAT}, {@code ID_BIRTHDATE} or {@code ID_CHECKSUM}
   */
  public static CitizenIdNumber parse(CharSequence text) {
    requireNonNull(text, "text");
    Optional<IdentifierException> problem = check(text);
    if (problem.isPresent()) {
      throw problem.get();
    }
    String s = text.toString();
    return new CitizenIdNumber(s, birthDateOf(s));
  }

  /** True iff {@link #parse} would succeed. */
  public static boolean isValid(CharSequence text) {
    return text != null && check(text).isEmpty();
  }

  /** What is wrong with a candidate number, or empty. The message never quotes the number itself. */
  public static Optional<IdentifierException> check(CharSequence text) {
    requireNonNull(text, "text");
    if (text.length() != 18) {
      return Optional.of(new IdentifierException(ProblemCode.ID_FORMAT,
          "has " + text.length() + " characters, expected 18"));
    }
    for (int i = 0; i < 17; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.of(new IdentifierException(ProblemCode.ID_FORMAT,
            "character " + (i + 1) + " is not a digit"));
      }
    }
    char last = text.charAt(17);
    if ((last < '0' || last > '9') && last != 'X') {
      return Optional.of(new IdentifierException(ProblemCode.ID_FORMAT,
          "character 18 must be a digit or X"));
    }
    if (birthDateOf(text) == null) {
      return Optional.of(new IdentifierException(ProblemCode.ID_BIRTHDATE,
          "characters 7-14 '" + text.subSequence(6, 14) + "' are not a real date"));
    }
    if (last != checkCharacter(text.subSequence(0, 17))) {
      return Optional.of(new IdentifierException(ProblemCode.ID_CHECKSUM, "the check character is wrong"));
    }
    return Optional.empty();
  }

  /**
   * The check character for 17 digits.
   *
   * @throws IllegalArgumentException if the body is not 17 digits
   */
  public static char checkCharacter(CharSequence body) {
    requireNonNull(body, "body");
    if (body.length() != 17) {
      throw new IllegalArgumentException("body must have 17 digits, has " + body.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = body.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("body character " + (i + 1) + " is not a digit");
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }

  private static LocalDate birthDateOf(CharSequence s) {
    try {
      int y = Integer.parseInt(s.subSequence(6, 10).toString());
      int m = Integer.parseInt(s.subSequence(10, 12).toString());
      int d = Integer.parseInt(s.subSequence(12, 14).toString());
      return LocalDate.of(y, m, d);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** The full number. Personal data: never put it in a public output. */
  public String value() {
    return value;
  }

  /** The birth date, digits 7–14. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** First 6 + {@code ********} + last 4, e.g. {@code 110105********002X} (SPEC §6). */
  public String masked() {
    return mask(value);
  }

  /** Masks any ID-like string as first 6 + {@code ********} + last 4; shorter strings become all stars. */
  public static String mask(String id) {
    if (id == null) {
      return null;
    }
    if (id.length() < 10) {
      return "*".repeat(id.length());
    }
    return id.substring(0, 6) + "********" + id.substring(id.length() - 4);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CitizenIdNumber && ((CitizenIdNumber) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked number: a log line must not leak personal data. */
  @Override
  public String toString() {
    return masked();
  }
}
