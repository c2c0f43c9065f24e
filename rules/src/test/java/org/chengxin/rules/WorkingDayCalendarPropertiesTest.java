package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * R-DATE-2/3 properties of the national calendar over random days, checked day by day. Instancio (fixed
 * {@link Seed}) supplies one {@code long} per case, which seeds the choice of day and count.
 */
@ExtendWith(InstancioExtension.class)
class WorkingDayCalendarPropertiesTest {

  private static final WorkingDayCalendar CN = WorkingDayCalendars.national();
  private static final LocalDate FIRST = CN.firstCovered();
  private static final LocalDate LAST = CN.lastCovered();

  private static LocalDate randomDay(SplittableRandom random, LocalDate from, LocalDate to) {
    return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
  }

  /** Counts working days in (from, to] one day at a time, with isWorkingDay only. */
  private static int countOneByOne(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (CN.isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  @ParameterizedTest
  @InstancioSource(samples = 2_000)
  @Seed(20240205L)
  void addWorkingDaysLandsOnTheNthWorkingDayAfter(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate day = randomDay(random, FIRST, LAST.minusMonths(6));
    int n = 1 + random.nextInt(100);
    LocalDate result = CN.addWorkingDays(day, n);
    String what = day + " + " + n + " = " + result;
    assertThat(CN.isWorkingDay(result)).as(what).isTrue();
    assertThat(result).as(what).isAfter(day);
    assertThat(countOneByOne(day, result)).as(what).isEqualTo(n);
    assertThat(CN.workingDaysBetween(day, result)).as(what).isEqualTo(n);
  }

  @ParameterizedTest
  @InstancioSource(samples = 2_000)
  @Seed(20240206L)
  void nearTheEndEitherAResultOrARangeErrorNeverAGuess(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate day = randomDay(random, LAST.minusDays(60), LAST);
    int n = 1 + random.nextInt(60);
    int available = countOneByOne(day, LAST);
    if (n <= available) {
      LocalDate result = CN.addWorkingDays(day, n);
      assertThat(countOneByOne(day, result)).isEqualTo(n);
      assertThat(CN.isWorkingDay(result)).isTrue();
    } else {
      assertThatThrownBy(() -> CN.addWorkingDays(day, n)).as(day + " + " + n)
          .isInstanceOfSatisfying(CalendarRangeException.class,
              e -> assertThat(e.day()).isEqualTo(LAST.plusDays(1)));
    }
  }

  @ParameterizedTest
  @InstancioSource(samples = 2_000)
  @Seed(20240207L)
  void onOrNextWorkingDayIsTheFirstWorkingDayFromTheDay(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate day = randomDay(random, FIRST, LAST.minusMonths(1));
    LocalDate result = CN.onOrNextWorkingDay(day);
    assertThat(CN.isWorkingDay(result)).isTrue();
    assertThat(result).isAfterOrEqualTo(day);
    // no working day in [day, result)
    assertThat(countOneByOne(day.minusDays(1), result.minusDays(1))).as(day.toString()).isZero();
    int n = random.nextInt(30);
    assertThat(CN.calendarDaysDeadline(day, n)).isEqualTo(CN.onOrNextWorkingDay(day.plusDays(n)));
  }
}
