package org.chengxin.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.SplittableRandom;
import org.chengxin.rules.Basis;
import org.chengxin.rules.Condition;
import org.chengxin.rules.Duration;
import org.chengxin.rules.DurationType;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.MeasureKind;
import org.chengxin.rules.MeasureRule;
import org.chengxin.rules.RepairBlocker;
import org.chengxin.rules.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The engine's small shortcuts must give exactly what the plain JDK calls they replace give: the trace texts
 * (R-MEAS "effectiveOn + sanction period") and the repair blockers are written byte for byte.
 */
class EngineHelpersTest {

  @ParameterizedTest
  @CsvSource({
      // Period.ofMonths(n) is written months-only: ISO-8601 "PnM"; zero is "P0D" (Period.ZERO)
      "0, P0D", "1, P1M", "6, P6M", "12, P12M", "18, P18M", "24, P24M", "600, P600M", "601, P601M", "-3, P-3M"})
  void aSanctionPeriodIsWrittenAsPeriodToString(int months, String expected) {
    assertThat(MeasurePlan.periodText(Period.ofMonths(months))).isEqualTo(expected);
    // asked again, the cached text is the same
    assertThat(MeasurePlan.periodText(Period.ofMonths(months))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"1, 6, 0, P1Y6M", "0, 3, 5, P3M5D", "2, 0, 0, P2Y", "0, 0, 7, P7D"})
  void aPeriodWithYearsOrDaysIsNotMistakenForItsMonths(int years, int months, int days, String expected) {
    assertThat(MeasurePlan.periodText(Period.of(years, months, days))).isEqualTo(expected);
  }

  @Test
  void noPeriodIsWrittenAsNull() {
    assertThat(MeasurePlan.periodText(null)).isEqualTo("null");
  }

  @Test
  void blockerListsAreSortedByName() {
    int set = Blockers.bit(RepairBlocker.NOT_ACTIVE) | Blockers.bit(RepairBlocker.MINIMUM_PERIOD_NOT_ELAPSED)
        | Blockers.bit(RepairBlocker.REVOKED);
    // M < N < R (ASCII)
    assertThat(Blockers.sortedList(set)).containsExactly(RepairBlocker.MINIMUM_PERIOD_NOT_ELAPSED,
        RepairBlocker.NOT_ACTIVE, RepairBlocker.REVOKED);
    assertThat(Blockers.names(set)).isEqualTo("MINIMUM_PERIOD_NOT_ELAPSED, NOT_ACTIVE, REVOKED");
    assertThat(Blockers.sortedList(0)).isEmpty();
  }

  private static MeasurePlan plan(DurationType type, Period period) {
    MeasureRule rule = MeasureRule.builder().id("m").when(Condition.builder().build())
        .code(MeasureCode.HONOR_INELIGIBILITY).target(Target.UNIT).kind(MeasureKind.RESTRICTION)
        .duration(period == null ? Duration.of(type) : Duration.of(type, period)).statutory(false).basis(Basis.of("b", true)).build();
    return new MeasurePlan(List.of(rule), Target.UNIT, false);
  }

  @ParameterizedTest
  @CsvSource({
      // R-MEAS SANCTION_PERIOD + extra: effectiveOn + (sanction + extra), one sum of months. 2023-01-31 + P2M =
      // 2023-03-31 (adding P1M then P1M would clamp to 02-28 and give 03-28); 2024-02-29 + P12M + P24M = 2027-02-28
      "2023-01-31, 1, 1, 2023-03-31", "2024-02-29, 12, 24, 2027-02-28", "2024-01-08, 6, 12, 2025-07-08"})
  void aSanctionPeriodAndItsExtraAreAddedAsOneSum(String from, int sanctionMonths, int extraMonths, String last) {
    LocalDate day = LocalDate.parse(from);
    MeasurePlan p = plan(DurationType.SANCTION_PERIOD, Period.ofMonths(extraMonths));
    assertThat(p.lastDay(0, day, null, null, Period.ofMonths(sanctionMonths))).isEqualTo(LocalDate.parse(last));
  }

  @Test
  void lastDaysAreWhatLocalDatePlusPeriodGives() {
    // seed 20261123: FIXED and SANCTION_PERIOD (with and without an extra period, with days and years too) against
    // LocalDate.plus(Period) of the summed period
    SplittableRandom r = new SplittableRandom(20261123);
    for (int n = 0; n < 5_000; n++) {
      LocalDate day = LocalDate.ofEpochDay(r.nextLong(LocalDate.of(2000, 1, 1).toEpochDay(),
          LocalDate.of(2030, 12, 31).toEpochDay()));
      Period a = Period.of(r.nextInt(0, 3), r.nextInt(0, 40), r.nextInt(0, 40));
      Period b = Period.of(r.nextInt(0, 3), r.nextInt(0, 40), r.nextInt(0, 40));
      assertThat(plan(DurationType.FIXED, a).lastDay(0, day, null, null, null)).isEqualTo(day.plus(a));
      assertThat(plan(DurationType.SANCTION_PERIOD, b).lastDay(0, day, null, null, a)).isEqualTo(day.plus(a.plus(b)));
      assertThat(plan(DurationType.SANCTION_PERIOD, null).lastDay(0, day, null, null, a)).isEqualTo(day.plus(a));
    }
  }
}
