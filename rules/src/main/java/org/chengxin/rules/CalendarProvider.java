package org.chengxin.rules;

import java.util.Set;

/**
 * Service-provider interface: supplies working-day calendars beyond {@code cn-national}, e.g. a region's calendar
 * with extra local holidays, or the national calendar with a newly published year. Register the implementation in
 * {@code META-INF/services/org.chengxin.rules.CalendarProvider}; {@link WorkingDayCalendars#load(String)} finds it.
 *
 * <pre>{@code
 * public final class GuangxiCalendars implements CalendarProvider {
 *   public Set<String> calendarIds() { return Set.of("cn-45"); }
 *   public WorkingDayCalendar calendar(String id) {
 *     return WorkingDayCalendars.of(CalendarData.builder().from(WorkingDayCalendars.nationalData())
 *         .id("cn-45").putHolidays(LocalDate.of(2024, 4, 11), "壮族三月三").build());
 *   }
 * }
 * }</pre>
 *
 * <p>A provider must have a public no-argument constructor, may not supply {@code cn-national}, and no two
 * providers may supply the same id. Calendars are built once, on first use, and must be immutable.
 */
public interface CalendarProvider {

  /** The ids of the calendars this provider supplies. */
  Set<String> calendarIds();

  /**
   * The calendar with one of {@link #calendarIds()}; its {@link WorkingDayCalendar#id()} must be that id.
   */
  WorkingDayCalendar calendar(String id);
}
