package org.chengxin.rules.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chengxin.rules.Duration;
import org.chengxin.rules.DurationType;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.MeasureKind;
import org.chengxin.rules.MeasureRule;
import org.chengxin.rules.Target;

/**
 * The measure rules of a profile that yield one (code, target) for a kind of record, merged (R-MEAS). Immutable;
 * shared by every record with the same {@link ProfilePlan#measures key}. The record's own dates come in as
 * arguments.
 *
 * <p>SPEC-CHOICE(R-MEAS): when several rules yield the same (code, target), they are merged: {@code basis} lists
 * their citations, deduplicated, in profile order; {@code kind} and {@code statutory} come from the first rule in
 * profile order; the measure is ONCE only if every rule is ONCE, and otherwise its lastDay is the latest of the
 * non-ONCE rules' lastDays, an open end (PERMANENT, an open UNTIL_RECTIFIED) winning over any date.
 *
 * <p>SPEC-CHOICE(R-MEAS): a SANCTION_PERIOD rule applies only to a record whose sanction has a period (none for
 * EXPULSION, PARTY_EXPULSION or CIRCULATED: "where a period exists").
 */
final class MeasurePlan {

  final MeasureCode code;
  final Target target;
  final MeasureKind kind;
  final boolean statutory;
  /** Every rule is ONCE: no lastDay and nothing to explain. */
  final boolean once;
  /** The citations, deduplicated, in profile order (unmodifiable). */
  final List<String> basis;
  /** The first citation (the trace's basis). */
  final String citation;
  /** R-MEAS-1: a LIGHTER mitigation waives this code under the profile. */
  final boolean lighterWaived;
  /** {@code "RECTIFICATION/UNIT lastDay: "}. */
  final String traceText;
  /** The non-ONCE durations, in profile order: their types, periods (FIXED; SANCTION_PERIOD's extra) and texts. */
  private final DurationType[] types;
  private final Period[] periods;
  /**
   * The constant text after effectiveOn (FIXED: {@code " + P3Y = "}) or after the sanction period (SANCTION_PERIOD:
   * {@code " + P6M = "} with an extra period, else {@code " = "}) in the trace: one part instead of three.
   */
  private final String[] periodTexts;

  MeasurePlan(List<MeasureRule> rules, Target target, boolean lighterWaived) {
    MeasureRule first = rules.get(0);
    this.code = first.code();
    this.target = target;
    this.kind = first.kind();
    this.statutory = first.statutory();
    this.lighterWaived = lighterWaived;
    List<String> citations = new ArrayList<>(2);
    List<Duration> durations = new ArrayList<>(1);
    for (MeasureRule rule : rules) {
      String c = rule.basis().citation();
      if (!citations.contains(c)) {
        citations.add(c);
      }
      if (rule.duration().type() != DurationType.ONCE) {
        durations.add(rule.duration());
      }
    }
    this.basis = List.copyOf(citations);
    this.citation = citations.get(0);
    this.once = durations.isEmpty();
    this.traceText = String.valueOf(code).concat("/").concat(String.valueOf(target)).concat(" lastDay: ");
    int n = durations.size();
    this.types = new DurationType[n];
    this.periods = new Period[n];
    this.periodTexts = new String[n];
    for (int i = 0; i < n; i++) {
      Duration d = durations.get(i);
      types[i] = d.type();
      Optional<Period> p = d.period();
      periods[i] = p.orElse(null);
      String extra = p.isPresent() ? " + ".concat(p.get().toString()) : "";
      periodTexts[i] = extra.concat(" = ");
    }
  }

  /**
   * {@link Period#toString()} of the months-only periods up to 50 years (a sanction's period is {@code
   * Period.ofMonths(n)}: a few distinct values, each formatted once instead of once per record). Filled on first use;
   * a race only formats the same immutable String twice.
   */
  private static final String[] MONTHS_TEXT = new String[601];

  /** {@code String.valueOf(period)}, from {@link #MONTHS_TEXT} when the period is a number of months. */
  static String periodText(Period period) {
    if (period == null || period.getYears() != 0 || period.getDays() != 0) {
      return String.valueOf(period);
    }
    int months = period.getMonths();
    if (months < 0 || months >= MONTHS_TEXT.length) {
      return period.toString();
    }
    String text = MONTHS_TEXT[months];
    if (text == null) {
      text = period.toString();
      MONTHS_TEXT[months] = text;
    }
    return text;
  }

  /** Sorted by code name, then target name (ASCII). */
  static int compare(MeasurePlan a, MeasurePlan b) {
    int c = a.code.name().compareTo(b.code.name());
    return c != 0 ? c : a.target.name().compareTo(b.target.name());
  }

  boolean needsSanctionPeriod() {
    for (DurationType t : types) {
      if (t == DurationType.SANCTION_PERIOD) {
        return true;
      }
    }
    return false;
  }

  /**
   * The scheduled last day, or null (ONCE, PERMANENT, an open UNTIL_RECTIFIED): the latest of the durations'.
   *
   * @param sanctionPeriod the record's sanction period; not null when a duration is SANCTION_PERIOD
   */
  LocalDate lastDay(LocalDate effectiveOn, LocalDate activeLastDay, LocalDate rectifiedOn, Period sanctionPeriod) {
    LocalDate latest = null;
    for (int i = 0; i < types.length; i++) {
      LocalDate last = lastDay(i, effectiveOn, activeLastDay, rectifiedOn, sanctionPeriod);
      if (last == null) {
        return null;
      }
      if (latest == null || last.isAfter(latest)) {
        latest = last;
      }
    }
    return latest;
  }

  /** The number of non-ONCE durations. */
  int durations() {
    return types.length;
  }

  /** The last day of duration {@code i}, null for an open end. */
  LocalDate lastDay(int i, LocalDate effectiveOn, LocalDate activeLastDay, LocalDate rectifiedOn,
      Period sanctionPeriod) {
    long months;
    long days;
    switch (types[i]) {
      case FIXED:
        months = periods[i].toTotalMonths();
        days = periods[i].getDays();
        break;
      case SANCTION_PERIOD:
        months = sanctionPeriod.toTotalMonths();
        days = sanctionPeriod.getDays();
        if (periods[i] != null) {
          // sanctionPeriod.plus(extra) adds years, months and days field by field: its months and days are the sums
          months += periods[i].toTotalMonths();
          days += periods[i].getDays();
        }
        break;
      case UNTIL_YEAR_END:
        return LocalDate.of(effectiveOn.getYear(), 12, 31);
      case WHILE_ACTIVE:
        return activeLastDay;
      case UNTIL_RECTIFIED:
        return rectifiedOn == null ? null : rectifiedOn.minusDays(1);
      case PERMANENT:
      case ONCE:
      default:
        return null;
    }
    // effectiveOn.plus(period), as LocalDate.plus(Period) computes it (plusMonths(toTotalMonths()), then
    // plusDays(getDays())), without making the sum of two periods; one call site for both cases: the date arithmetic
    // is large once compiled inline.
    return effectiveOn.plusMonths(months).plusDays(days);
  }

  /**
   * The last day of each duration, in order (an entry is null for an open end).
   *
   * @param sanctionPeriod the record's sanction period; not null when a duration is SANCTION_PERIOD
   */
  LocalDate[] durationLastDays(LocalDate effectiveOn, LocalDate activeLastDay, LocalDate rectifiedOn,
      Period sanctionPeriod) {
    LocalDate[] days = new LocalDate[types.length];
    for (int i = 0; i < days.length; i++) {
      days[i] = lastDay(i, effectiveOn, activeLastDay, rectifiedOn, sanctionPeriod);
    }
    return days;
  }

  /** The latest of {@link #durationLastDays}, an open end (null) winning; null for none. */
  static LocalDate latest(LocalDate[] days) {
    LocalDate latest = null;
    for (LocalDate last : days) {
      if (last == null) {
        return null;
      }
      if (latest == null || last.isAfter(latest)) {
        latest = last;
      }
    }
    return latest;
  }

  /**
   * Appends the arithmetic of the lastDay for the trace (only for a measure that is not {@link #once}), e.g.
   * {@code 2024-01-08 + P3Y = 2027-01-08} or {@code 2024-01-08 + P18M = 2025-07-08; permanent; latest = open}.
   *
   * @param days the {@link #durationLastDays}; may be null for a single duration
   * @param result their {@link #latest}: for a single duration, its last day
   */
  void explain(TraceText s, LocalDate effectiveOn, LocalDate rectifiedOn, String sanctionPeriodText,
      LocalDate[] days, LocalDate result) {
    // One method for one or several durations (the JIT compiles it once, not a helper again inside it).
    int n = types.length;
    for (int i = 0; i < n; i++) {
      LocalDate last = result;
      if (n > 1) {
        last = days[i];
        if (i > 0) {
          s.add("; ");
        }
      }
      switch (types[i]) {
        case FIXED:
          s.date(effectiveOn).add(periodTexts[i]).date(last);
          break;
        case SANCTION_PERIOD:
          s.date(effectiveOn).add(" + ").add(sanctionPeriodText).add(periodTexts[i]).date(last);
          break;
        case UNTIL_YEAR_END:
          s.add("31 December of ").add(effectiveOn.getYear());
          break;
        case WHILE_ACTIVE:
          s.add("the active period's lastDay ").date(last);
          break;
        case UNTIL_RECTIFIED:
          if (rectifiedOn == null) {
            s.add("open until rectification");
          } else {
            s.add("rectified ").date(rectifiedOn).add(" - 1 day = ").date(last);
          }
          break;
        default:
          s.add("permanent");
      }
    }
    if (n > 1) {
      s.add("; latest = ");
      if (result == null) {
        s.add("open");
      } else {
        s.date(result);
      }
    }
  }
}
