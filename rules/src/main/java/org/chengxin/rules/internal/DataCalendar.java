package org.chengxin.rules.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.BitSet;
import org.chengxin.rules.CalendarData;
import org.chengxin.rules.CalendarRangeException;
import org.chengxin.rules.WorkingDayCalendar;

/**
 * The {@link WorkingDayCalendar} over {@link CalendarData}: one bit per covered day, a cumulative count of
 * working days and the index of every working day, so that {@link #addWorkingDays} is two array reads (O(1)) and
 * {@link #workingDaysBetween} a subtraction. Immutable and thread-safe. About 7,300 days for 2007–2026: a 1 KiB
 * bit set, a 29 KiB count and a 20 KiB index.
 */
public final class DataCalendar implements WorkingDayCalendar {

  private final CalendarData data;
  private final long firstEpochDay;
  private final int length;
  private final BitSet working;
  /** {@code cumulative[i]} = working days among the first i covered days; {@code length + 1} entries. */
  private final int[] cumulative;
  /** {@code workingDays[k]} = the index of the (k + 1)-th working day; {@code cumulative[length]} entries. */
  private final int[] workingDays;

  /** Precomputes the calendar (R-DATE-4) from its data. */
  public DataCalendar(CalendarData data) {
    this.data = requireNonNull(data, "data");
    this.firstEpochDay = data.firstCovered().toEpochDay();
    long days = data.lastCovered().toEpochDay() - firstEpochDay + 1;
    if (days > Integer.MAX_VALUE - 1) {
      throw new IllegalArgumentException("calendar " + data.id() + " covers too many days: " + days);
    }
    this.length = (int) days;
    // Built in a plain long[] (the words of the bit set) with the day of the week counted along, not with a
    // BitSet call and a floorMod per day: the national calendar is built at the start of most runs, in the
    // interpreter, and it has about 7,300 days.
    long[] words = new long[(length + 63) >>> 6];
    // Monday to Friday work (1970-01-01, epoch day 0, was a Thursday: day-of-week index 3 from Monday) ...
    int dayOfWeek = (int) Math.floorMod(firstEpochDay + 3, 7);
    for (int i = 0; i < length; i++) {
      if (dayOfWeek < 5) {
        words[i >>> 6] |= 1L << i;
      }
      if (++dayOfWeek == 7) {
        dayOfWeek = 0;
      }
    }
    // ... except on holidays, and every adjusted working day works (a day is never both)
    for (LocalDate day : data.holidays().keySet()) {
      long i = day.toEpochDay() - firstEpochDay;
      if (i >= 0 && i < length) {
        words[(int) i >>> 6] &= ~(1L << i);
      }
    }
    for (LocalDate day : data.adjustedWorkingDays().keySet()) {
      long i = day.toEpochDay() - firstEpochDay;
      if (i >= 0 && i < length) {
        words[(int) i >>> 6] |= 1L << i;
      }
    }
    this.cumulative = new int[length + 1];
    for (int i = 0; i < length; i++) {
      cumulative[i + 1] = cumulative[i] + (int) ((words[i >>> 6] >>> i) & 1L);
    }
    this.workingDays = new int[cumulative[length]];
    for (int i = 0, k = 0; i < length; i++) {
      if (((words[i >>> 6] >>> i) & 1L) != 0) {
        workingDays[k++] = i;
      }
    }
    this.working = BitSet.valueOf(words);
  }

  /** The data this calendar was built from. */
  public CalendarData data() {
    return data;
  }

  @Override
  public String id() {
    return data.id();
  }

  @Override
  public LocalDate firstCovered() {
    return data.firstCovered();
  }

  @Override
  public LocalDate lastCovered() {
    return data.lastCovered();
  }

  @Override
  public boolean isWorkingDay(LocalDate day) {
    return working.get(index(day, null));
  }

  @Override
  public LocalDate addWorkingDays(LocalDate day, int n) {
    requireNonNull(day, "day");
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n + " (R-DATE-2, from " + day + ")");
    }
    long start = day.toEpochDay() - firstEpochDay;
    if (start < 0 || start >= length) {
      throw outOfRange(day, day + " plus " + n + " working days");
    }
    // the n-th working day after day is the target-th working day of the calendar (1-based)
    long target = (long) cumulative[(int) start + 1] + n;
    if (target > workingDays.length) {
      throw outOfRange(lastCovered().plusDays(1), day + " plus " + n + " working days");
    }
    return LocalDate.ofEpochDay(firstEpochDay + workingDays[(int) target - 1]);
  }

  @Override
  public LocalDate onOrNextWorkingDay(LocalDate day) {
    requireNonNull(day, "day");
    long i = day.toEpochDay() - firstEpochDay;
    if (i < 0 || i >= length) {
      throw outOfRange(day, "the working day on or after " + day);
    }
    if (working.get((int) i)) {
      return day;
    }
    int next = working.nextSetBit((int) i + 1);
    if (next < 0 || next >= length) {
      throw outOfRange(lastCovered().plusDays(1), "the working day on or after " + day);
    }
    return LocalDate.ofEpochDay(firstEpochDay + next);
  }

  @Override
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    requireNonNull(startExclusive, "startExclusive");
    requireNonNull(endInclusive, "endInclusive");
    String what = "working days in (" + startExclusive + ", " + endInclusive + "]";
    int start = index(startExclusive, what);
    int end = index(endInclusive, what);
    return end <= start ? 0 : cumulative[end + 1] - cumulative[start + 1];
  }

  private int index(LocalDate day, String neededFor) {
    requireNonNull(day, "day");
    long i = day.toEpochDay() - firstEpochDay;
    if (i < 0 || i >= length) {
      throw outOfRange(day, neededFor);
    }
    return (int) i;
  }

  private CalendarRangeException outOfRange(LocalDate day, String neededFor) {
    return new CalendarRangeException(id(), day, firstCovered(), lastCovered(), neededFor);
  }

  /** Equal iff built from equal data. */
  @Override
  public boolean equals(Object o) {
    return o instanceof DataCalendar && ((DataCalendar) o).data.equals(data);
  }

  @Override
  public int hashCode() {
    return data.hashCode();
  }

  /** The id and range, e.g. {@code WorkingDayCalendar[cn-national 2007-01-01..2026-12-31]}. */
  @Override
  public String toString() {
    return "WorkingDayCalendar[" + id() + " " + firstCovered() + ".." + lastCovered() + "]";
  }
}
