package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * R-DATE-4 "calendars are pluggable": a regional calendar found through the {@link CalendarProvider} SPI
 * ({@link TestRegionalCalendars}, registered in src/test/resources/META-INF/services).
 */
class RegionalCalendarProviderTest {

  @Test
  void theProvidersCalendarsAreListedAndLoadedById() {
    assertThat(WorkingDayCalendars.ids()).containsExactly("cn-national", "cn-test-2027", "cn-test-region");
    assertThat(WorkingDayCalendars.load("cn-national")).isSameAs(WorkingDayCalendars.national());
    WorkingDayCalendar region = WorkingDayCalendars.load("cn-test-region");
    assertThat(region.id()).isEqualTo("cn-test-region");
    assertThat(WorkingDayCalendars.load("cn-test-region")).isSameAs(region);
  }

  @Test
  void aLocalHolidayOnTopOfTheNationalCalendar() {
    WorkingDayCalendar region = WorkingDayCalendars.load("cn-test-region");
    WorkingDayCalendar national = WorkingDayCalendars.national();
    LocalDate localHoliday = LocalDate.of(2024, 4, 11); // a Thursday, a holiday only in the test region
    assertThat(national.isWorkingDay(localHoliday)).isTrue();
    assertThat(region.isWorkingDay(localHoliday)).isFalse();
    // Wed 10 Apr + 1: nationally Thu 11; in the region Fri 12
    assertThat(national.addWorkingDays(LocalDate.of(2024, 4, 10), 1)).isEqualTo(LocalDate.of(2024, 4, 11));
    assertThat(region.addWorkingDays(LocalDate.of(2024, 4, 10), 1)).isEqualTo(LocalDate.of(2024, 4, 12));
    // the national days still hold: SPEC R-DATE-2's 2024-02-05 + 5 = 2024-02-18
    assertThat(region.addWorkingDays(LocalDate.of(2024, 2, 5), 5)).isEqualTo(LocalDate.of(2024, 2, 18));
  }

  @Test
  void aProviderMayAddAYear() {
    WorkingDayCalendar extended = WorkingDayCalendars.load("cn-test-2027");
    assertThat(extended.lastCovered()).isEqualTo(LocalDate.of(2027, 12, 31));
    // Wed 30 Dec 2026 + 2: Thu 31 Dec (1); Fri 1 Jan 2027 a (test) holiday; Sat, Sun; Mon 4 Jan (2)
    assertThat(extended.addWorkingDays(LocalDate.of(2026, 12, 30), 2)).isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void anUnknownIdNamesTheKnownOnes() {
    assertThatThrownBy(() -> WorkingDayCalendars.load("cn-nowhere"))
        .isInstanceOf(UnknownCalendarException.class)
        .hasMessageContaining("'cn-nowhere'").hasMessageContaining("cn-national");
  }
}
