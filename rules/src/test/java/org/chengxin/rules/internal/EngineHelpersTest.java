package org.chengxin.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.chengxin.rules.RepairBlocker;
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
}
