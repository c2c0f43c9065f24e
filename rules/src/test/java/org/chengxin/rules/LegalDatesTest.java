package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-DATE-1: the last day of a period is {@code start.plus(period)} (民法典 Art. 201, 202). */
class LegalDatesTest {

  @ParameterizedTest(name = "R-DATE-1: {0} + {1} = {2}")
  @CsvSource({
      // the SPEC's example: February 2024 has no 31st, so its last day (29th, a leap year)
      "2024-01-31, P1M, 2024-02-29",
      // not a leap year: the 28th
      "2023-01-31, P1M, 2023-02-28",
      // a corresponding day exists: 15 March + 6 months = 15 September
      "2024-03-15, P6M, 2024-09-15",
      // 29 February + 1 year: 2025 has no 29 February → 28 February
      "2024-02-29, P1Y, 2025-02-28",
      // 3 years from 2021-06-30 → 2024-06-30
      "2021-06-30, P3Y, 2024-06-30",
      // 31 August + 1 month: September has 30 days
      "2024-08-31, P1M, 2024-09-30",
      // a year and a month: 2023-12-31 + P1Y1M → 2025-01-31
      "2023-12-31, P1Y1M, 2025-01-31",
      // days count from the day after the start: 2024-01-08 + 7 days = 2024-01-15
      "2024-01-08, P7D, 2024-01-15",
  })
  void lastDayOfAPeriod(LocalDate start, String period, LocalDate lastDay) {
    assertThat(LegalDates.lastDayOf(start, Period.parse(period))).isEqualTo(lastDay);
  }
}
