package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code chengxin calendar}: R-DATE-2 and R-DATE-4 through the CLI. */
class CalendarCommandTest {

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
      // R-DATE-2 examples of the SPEC.
      "2024-01-08, 7, 2024-01-17",   // Mon 8 Jan: 9,10,11,12 | 15,16,17 → Wed 17 Jan
      "2024-02-05, 5, 2024-02-18",   // 6,7,8,9 Feb, then 10–17 Feb 春节 holidays, 18 Feb an adjusted working Sunday
      // Fri 27 Sep 2024 + 1: Sat 28 Sep is a weekend day, Sun 29 Sep an adjusted working day (国庆节 调休).
      "2024-09-27, 1, 2024-09-29"})
  void addWorkingDays(String date, int n, String expected) {
    CliRun r = CliRun.of("calendar", "add-working-days", date, String.valueOf(n));
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).isEqualTo(expected + System.lineSeparator());
  }

  @ParameterizedTest(name = "{0} is a working day: {1}")
  @CsvSource({
      "2024-03-01, true",   // a Friday
      "2024-03-02, false",  // a Saturday
      "2024-02-12, false",  // Monday in the 春节 holidays (国办发明电〔2023〕7号)
      "2024-02-18, true",   // Sunday, adjusted working day (调休)
      "2024-10-01, false"}) // 国庆节
  void isWorkingDay(String date, boolean expected) {
    CliRun r = CliRun.of("calendar", "is-working-day", date);
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out.strip()).isEqualTo(String.valueOf(expected));
  }

  @Test
  void outsideTheCalendarIsAUsageErrorOnOneLine() {
    CliRun r = CliRun.of("calendar", "is-working-day", "--lang", "en", "2035-01-02");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err.lines()).hasSize(1);
    assertThat(r.err).contains("2035-01-02").contains("outside the calendar");

    CliRun zh = CliRun.of("calendar", "add-working-days", "2026-12-30", "30");
    assertThat(zh.code).isEqualTo(2);
    assertThat(zh.err.lines()).hasSize(1);
    assertThat(zh.err).contains("日历");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "add-working-days 2024-02-30 3",
      "add-working-days 2024-02-01 0",
      "add-working-days 2024-02-01 x",
      "add-working-days 2024-02-01",
      "is-working-day 20240201",
      "is-working-day"})
  void badArgumentsAreUsageErrors(String args) {
    String[] parts = ("calendar " + args).split(" ");
    CliRun r = CliRun.of(parts);
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err.lines()).hasSize(1);
    assertThat(r.out).isEmpty();
  }

  @Test
  void calendarAloneIsAUsageError() {
    CliRun r = CliRun.of("calendar");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.lines()).hasSize(1);
  }
}
