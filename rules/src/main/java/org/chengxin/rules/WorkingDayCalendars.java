package org.chengxin.rules;

import static java.util.Objects.requireNonNull;

import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.chengxin.core.ChengxinException;
import org.chengxin.rules.internal.DataCalendar;

/**
 * Where working-day calendars come from (R-DATE-4): the built-in national calendar {@code cn-national}, the
 * calendars of {@link CalendarProvider}s on the class path, and calendars built from {@link CalendarData}.
 *
 * <pre>{@code
 * WorkingDayCalendar cn = WorkingDayCalendars.national();
 * cn.addWorkingDays(LocalDate.of(2024, 1, 8), 7);   // 2024-01-17 (R-DATE-2)
 * cn.addWorkingDays(LocalDate.of(2024, 2, 5), 5);   // 2024-02-18, a Sunday worked to make up for 春节
 * cn.isWorkingDay(LocalDate.of(2027, 1, 4));        // CalendarRangeException: 2027 is not covered yet
 * WorkingDayCalendars.load("cn-national");          // the same calendar, by id
 * }</pre>
 *
 * <p>The national calendar covers 2007-01-01 through 2026-12-31, compiled from the State Council's annual notices
 * into {@code org/chengxin/rules/calendar/cn-national.txt} by {@code tools/compile-holiday-calendar.py}. Caveat:
 * a notice can also change the last days of the previous year (the 2008 notice made 2007-12-31 a holiday), so the
 * last days of the last covered year are as the current notices fix them.
 */
public final class WorkingDayCalendars {

  /** The id of the national calendar. */
  public static final String NATIONAL_ID = "cn-national";

  static final String NATIONAL_RESOURCE = "org/chengxin/rules/calendar/cn-national.txt";

  private WorkingDayCalendars() {}

  private static final class National {
    static final DataCalendar CALENDAR = new DataCalendar(readNational());

    private static CalendarData readNational() {
      URL url = WorkingDayCalendars.class.getClassLoader().getResource(NATIONAL_RESOURCE);
      if (url == null) {
        throw new ChengxinException("resource " + NATIONAL_RESOURCE + " is missing from the class path");
      }
      CalendarData data = CalendarData.read(url);
      if (!data.id().equals(NATIONAL_ID)) {
        throw new ChengxinException(url + " declares calendar '" + data.id() + "', expected " + NATIONAL_ID);
      }
      return data;
    }
  }

  private static final class Providers {
    static final Map<String, CalendarProvider> BY_ID = discover();
    static final Map<String, WorkingDayCalendar> BUILT = new ConcurrentHashMap<>();

    private static Map<String, CalendarProvider> discover() {
      Map<String, CalendarProvider> byId = new TreeMap<>();
      for (CalendarProvider provider
          : ServiceLoader.load(CalendarProvider.class, WorkingDayCalendars.class.getClassLoader())) {
        for (String id : provider.calendarIds()) {
          if (id.equals(NATIONAL_ID)) {
            throw new ChengxinException(provider.getClass().getName() + " may not supply " + NATIONAL_ID);
          }
          CalendarProvider other = byId.putIfAbsent(id, provider);
          if (other != null) {
            throw new ChengxinException("calendar '" + id + "' is supplied by both " + other.getClass().getName()
                + " and " + provider.getClass().getName());
          }
        }
      }
      return Collections.unmodifiableMap(byId);
    }
  }

  /** The national calendar {@code cn-national}, loaded once. Immutable and thread-safe. */
  public static WorkingDayCalendar national() {
    return National.CALENDAR;
  }

  /** The data of the national calendar, to build a regional calendar on (see {@link CalendarData}). */
  public static CalendarData nationalData() {
    return National.CALENDAR.data();
  }

  /**
   * The calendar with an id: {@code cn-national} or one supplied by a {@link CalendarProvider}. A provider's
   * calendar is built on first use and then reused.
   *
   * @throws UnknownCalendarException if nobody supplies the id
   */
  public static WorkingDayCalendar load(String id) {
    requireNonNull(id, "id");
    if (id.equals(NATIONAL_ID)) {
      return national();
    }
    CalendarProvider provider = Providers.BY_ID.get(id);
    if (provider == null) {
      throw new UnknownCalendarException(id, ids());
    }
    WorkingDayCalendar built = Providers.BUILT.get(id);
    if (built != null) {
      return built;
    }
    // built outside the map, so that a provider may itself load another calendar; the first one stored wins
    WorkingDayCalendar calendar = requireNonNull(provider.calendar(id), "calendar " + id);
    if (!calendar.id().equals(id)) {
      throw new ChengxinException(provider.getClass().getName() + " returned calendar '" + calendar.id()
          + "' for id '" + id + "'");
    }
    WorkingDayCalendar earlier = Providers.BUILT.putIfAbsent(id, calendar);
    return earlier != null ? earlier : calendar;
  }

  /** Every id {@link #load} accepts, sorted. */
  public static SortedSet<String> ids() {
    SortedSet<String> ids = new TreeSet<>(Providers.BY_ID.keySet());
    ids.add(NATIONAL_ID);
    return Collections.unmodifiableSortedSet(ids);
  }

  /**
   * A fast immutable calendar over the data: {@code isWorkingDay} is a bit lookup and {@code addWorkingDays} two
   * array reads (a cumulative count of working days and the index of every working day).
   */
  public static WorkingDayCalendar of(CalendarData data) {
    return new DataCalendar(requireNonNull(data, "data"));
  }
}
