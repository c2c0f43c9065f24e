package org.chengxin.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;
import java.util.stream.IntStream;
import org.chengxin.rules.RepairBlocker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The engine's small shortcuts must give exactly what the plain JDK calls they replace give: the trace texts
 * (R-MEAS "effectiveOn + sanction period") and the assessment's lists are written byte for byte.
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

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 17})
  void listOfHoldsTheFirstNElementsInOrder(int n) {
    String[] a = IntStream.range(0, 20).mapToObj(i -> "e" + i).toArray(String[]::new);
    List<String> list = Evaluation.listOf(a, n);
    assertThat(list).containsExactly(IntStream.range(0, n).mapToObj(i -> "e" + i).toArray(String[]::new));
    // immutable, and a later change of the array does not show
    a[0] = "changed";
    assertThat(list).doesNotContain("changed");
    assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
    // a JDK immutable list: List.copyOf (the results' constructors) keeps it as is instead of copying it again
    assertThat(List.copyOf(list)).isSameAs(list);
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
