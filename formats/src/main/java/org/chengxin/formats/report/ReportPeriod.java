package org.chengxin.formats.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chengxin.rules.ReportingFrequency;
import org.immutables.value.Value;

/**
 * 报告期 — a period of a reporting schedule: a quarter ({@code 2024-Q1} = 2024-01-01 … 2024-03-31) or a half year
 * ({@code 2024-H2} = 2024-07-01 … 2024-12-31).
 *
 * <pre>{@code
 * ReportPeriod q = ReportPeriod.parse("2024-Q1");
 * q.dueOn(10);   // 2024-04-10: the 10th of the month after the period, a plain calendar date
 * }</pre>
 */
@Value.Immutable
public abstract class ReportPeriod {

  private static final Pattern SYNTAX = Pattern.compile("([0-9]{4})-([QH])([1-4])");

  /** The text it was parsed from, e.g. {@code 2024-Q1}. */
  public abstract String id();

  /** QUARTERLY for {@code Q}, SEMIANNUAL for {@code H}. */
  public abstract ReportingFrequency frequency();

  /** The first day (inclusive). */
  public abstract LocalDate from();

  /** The last day (inclusive); reports of the period are assessed on it. */
  public abstract LocalDate to();

  /**
   * Parses {@code YYYY-Q1} … {@code YYYY-Q4} or {@code YYYY-H1}, {@code YYYY-H2}.
   *
   * @throws ReportPeriodException naming the bad text
   */
  public static ReportPeriod parse(String text) {
    requireNonNull(text, "text");
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches() || (m.group(2).equals("H") && Integer.parseInt(m.group(3)) > 2)) {
      throw new ReportPeriodException("'" + text + "' is not a period such as 2024-Q1 or 2024-H2");
    }
    int year = Integer.parseInt(m.group(1));
    int n = Integer.parseInt(m.group(3));
    boolean quarter = m.group(2).equals("Q");
    int months = quarter ? 3 : 6;
    YearMonth first = YearMonth.of(year, (n - 1) * months + 1);
    YearMonth last = first.plusMonths(months - 1L);
    return ImmutableReportPeriod.builder().id(text)
        .frequency(quarter ? ReportingFrequency.QUARTERLY : ReportingFrequency.SEMIANNUAL)
        .from(first.atDay(1)).to(last.atEndOfMonth()).build();
  }

  /**
   * The due date: day {@code dayOfFollowingMonth} of the month after the period (the last day of that month when
   * it is shorter). A plain calendar date, never shifted to a working day (R-DATE-3).
   */
  public final LocalDate dueOn(int dayOfFollowingMonth) {
    if (dayOfFollowingMonth < 1 || dayOfFollowingMonth > 31) {
      throw new IllegalArgumentException("day of month " + dayOfFollowingMonth + " is not 1–31");
    }
    YearMonth next = YearMonth.from(to()).plusMonths(1);
    return next.atDay(Math.min(dayOfFollowingMonth, next.lengthOfMonth()));
  }

  /** Whether the day is in the period. */
  public final boolean contains(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(to());
  }
}
