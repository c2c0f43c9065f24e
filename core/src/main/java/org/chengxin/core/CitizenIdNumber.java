package org.chengxin.core;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;
import org.chengxin.core.internal.CheckedIdentifiers;

/**
 * 公民身份号码 — the 18-character citizen ID number of GB 11643-1999 (R-ID-2). Personal data: use
 * {@link #masked()} in every public output; {@link #toString()} is masked too, and no exception message quotes
 * more than the masked number.
 *
 * <p>17 digits and a check character {@code "10X98765432"[Σ digit·weight mod 11]} with the weights
 * {@code 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2} (2<sup>17−i</sup> mod 11); digits 7–14 are the birth date
 * ({@code yyyyMMdd}), which must be a real date. Whether it is after a record's decision date is the validator's
 * business. A lower-case {@code x} is a format error.
 *
 * <pre>{@code
 * CitizenIdNumber id = CitizenIdNumber.parse("11010519491231002X");
 * id.birthDate();   // 1949-12-31
 * id.masked();      // "110105********002X"
 * CitizenIdNumber.checkCharacter("44052418800101001");  // '4'
 * }</pre>
 */
public final class CitizenIdNumber {

  /** The length of a number. */
  public static final int LENGTH = 18;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final String STARS = "********";

  static {
    CheckedIdentifiers.install(new Checked());
  }

  private final String value;
  private final LocalDate birthDate;

  /**
   * Makes numbers of text checked already (for {@link CheckedIdentifiers}, not API): the constructor, lent to the
   * internal package. With assertions enabled the text and its birth date are checked all the same.
   */
  private static final class Checked implements CheckedIdentifiers.CitizenIdMaker {
    @Override
    public CitizenIdNumber make(String checked, LocalDate birthDate) {
      requireNonNull(checked, "checked");
      requireNonNull(birthDate, "birthDate");
      assert birthDate.equals(validBirthDate(checked)) : "not a valid ID number born on " + birthDate;
      return new CitizenIdNumber(checked, birthDate);
    }
  }

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
    String s = text.toString();
    LocalDate birth = validBirthDate(s);
    if (birth == null) {
      throw failure(s);
    }
    return new CitizenIdNumber(s, birth);
  }

  /**
   * The birth date of a valid ID number in one pass (length, digits, check character, date), or null when
   * {@link #check} would report a problem; the hot path of {@link #parse} and {@link #isValid}.
   */
  private static LocalDate validBirthDate(String s) {
    if (s.length() != LENGTH) {
      return null;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int c = s.charAt(i) - '0';
      if (c < 0 || c > 9) {
        return null;
      }
      sum += c * WEIGHTS[i];
    }
    // CHECK holds only digits and X, so this also rejects any other 18th character.
    if (s.charAt(17) != CHECK.charAt(sum % 11)) {
      return null;
    }
    int y = digits(s, 6, 10);
    int m = digits(s, 10, 12);
    int d = digits(s, 12, 14);
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > Month.of(m).length(Year.isLeap(y))) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  /** The problem {@link #check} reports for an invalid ID number (out of the hot path). */
  private static IdentifierException failure(String s) {
    Optional<IdentifierException> problem = check(s);
    if (problem.isPresent()) {
      return problem.get();
    }
    throw new IllegalStateException("check accepts an ID number that parse rejects: " + mask(s));
  }

  /** True iff {@link #parse} would succeed; false for null. */
  public static boolean isValid(CharSequence text) {
    return text != null && validBirthDate(text.toString()) != null;
  }

  /**
   * What is wrong with a candidate number, or empty: {@code ID_FORMAT} (length, a non-digit among the first 17,
   * an 18th character other than a digit or {@code X}), else {@code ID_BIRTHDATE} (digits 7–14 not a real date),
   * else {@code ID_CHECKSUM}. The exception's value is the masked number; its message never quotes the number
   * itself nor its birth date.
   */
  public static Optional<IdentifierException> check(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    if (s.length() != LENGTH) {
      return Optional.of(new IdentifierException(ProblemCode.ID_FORMAT, mask(s),
          "长度为 " + s.length() + " 位，应为 18 位",
          "has " + s.length() + " characters, expected 18"));
    }
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.of(new IdentifierException(ProblemCode.ID_FORMAT, mask(s),
            "第 " + (i + 1) + " 位不是数字",
            "character " + (i + 1) + " is not a digit"));
      }
    }
    char last = s.charAt(17);
    if ((last < '0' || last > '9') && last != 'X') {
      boolean lower = last == 'x';
      return Optional.of(new IdentifierException(ProblemCode.ID_FORMAT, mask(s),
          "第 18 位应为数字或 X" + (lower ? "（不接受小写 x）" : ""),
          "character 18 must be a digit or X" + (lower ? " (lower-case x is not accepted)" : "")));
    }
    if (birthDateOf(s).isEmpty()) {
      return Optional.of(new IdentifierException(ProblemCode.ID_BIRTHDATE, mask(s),
          "第 7–14 位不是真实的日期（yyyyMMdd）",
          "characters 7-14 are not a real date (yyyyMMdd)"));
    }
    char expected = checkCharacter(s.substring(0, 17));
    if (last != expected) {
      return Optional.of(new IdentifierException(ProblemCode.ID_CHECKSUM, mask(s),
          "第 18 位校验码错误", "the check character (character 18) is wrong"));
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

  /** Digits 7–14 as a date; year 0000 is not a real date (the Gregorian calendar has no year 0). */
  private static Optional<LocalDate> birthDateOf(String s) {
    try {
      int y = Integer.parseInt(s.substring(6, 10));
      int m = Integer.parseInt(s.substring(10, 12));
      int d = Integer.parseInt(s.substring(12, 14));
      return y < 1 ? Optional.empty() : Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
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

  /**
   * R-ID-2: the birth date must not be after the record's decision date. Empty when it is not; else an
   * {@code ID_BIRTHDATE} finding (with the masked number, never the date itself). Example: a number born
   * 1949-12-31 checked against a decision of 1949-12-30 fails.
   */
  public Optional<IdentifierException> checkBornOnOrBefore(LocalDate day) {
    requireNonNull(day, "day");
    if (!birthDate.isAfter(day)) {
      return Optional.empty();
    }
    return Optional.of(new IdentifierException(ProblemCode.ID_BIRTHDATE, masked(),
        "出生日期晚于决定日期 " + day, "the birth date is after the decision date " + day));
  }

  /** First 6 + {@code ********} + last 4, e.g. {@code 110105********002X} (SPEC §6 disclosure list). */
  public String masked() {
    return mask(value);
  }

  /** Digits 1–6: the division code of the place of first registration, e.g. {@code 110105}. */
  public String divisionCode() {
    return value.substring(0, 6);
  }

  /**
   * Masks any ID-like text as first 6 + {@code ********} + last 4 ({@code 110105********002X}), so that at least
   * four characters stay hidden for texts of 14 or more characters; a shorter text becomes all stars of its own
   * length (it would otherwise show nearly all of itself). Null stays null.
   */
  public static String mask(String id) {
    if (id == null) {
      return null;
    }
    if (id.length() < 14) {
      return "*".repeat(id.length());
    }
    return id.substring(0, 6) + STARS + id.substring(id.length() - 4);
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
