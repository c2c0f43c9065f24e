package org.chengxin.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chengxin.core.ChengxinException;
import org.immutables.value.Value;

/**
 * 评价期间 — the inclusive period [from, to] of an evaluation (SPEC §7).
 *
 * <pre>{@code
 * EvaluationPeriod.parse("2024");     // 2024-01-01 .. 2024-12-31
 * EvaluationPeriod.parse("2024-H2");  // 2024-07-01 .. 2024-12-31
 * EvaluationPeriod.parse("2024-Q1");  // 2024-01-01 .. 2024-03-31
 * EvaluationPeriod.of(LocalDate.parse("2024-03-15"), LocalDate.parse("2024-04-14"));
 * }</pre>
 */
@Value.Immutable
public abstract class EvaluationPeriod {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]))?");

  /** The first day (inclusive). */
  @Value.Parameter
  public abstract LocalDate from();

  /** The last day (inclusive). */
  @Value.Parameter
  public abstract LocalDate to();

  /** Whether {@code day} lies in the period (both ends included). */
  public final boolean contains(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(to());
  }

  @Value.Check
  final void check() {
    if (to().isBefore(from())) {
      throw new InvalidPeriodException("'" + to() + "' is before '" + from() + "'");
    }
  }

  /**
   * The period from {@code from} through {@code to}.
   *
   * @throws InvalidPeriodException if {@code to} is before {@code from}
   */
  public static EvaluationPeriod of(LocalDate from, LocalDate to) {
    return ImmutableEvaluationPeriod.of(requireNonNull(from, "from"), requireNonNull(to, "to"));
  }

  /**
   * A year ({@code 2024}), a half ({@code 2024-H1}) or a quarter ({@code 2024-Q3}).
   *
   * @throws InvalidPeriodException quoting the text when it is none of these
   */
  public static EvaluationPeriod parse(String text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new InvalidPeriodException("'" + text + "' is not a period such as 2024, 2024-H1 or 2024-Q3");
    }
    int year = Integer.parseInt(m.group(1));
    String part = m.group(2);
    if (part == null) {
      return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    int months = part.charAt(0) == 'H' ? 6 : 3;
    int index = part.charAt(1) - '1';
    LocalDate from = LocalDate.of(year, 1 + index * months, 1);
    return of(from, from.plusMonths(months).minusDays(1));
  }

  @Override
  public String toString() {
    return from() + ".." + to();
  }

  /** A period text or bounds that make no period. */
  public static final class InvalidPeriodException extends ChengxinException {
    private static final long serialVersionUID = 1L;

    InvalidPeriodException(String message) {
      super(message);
    }
  }
}
