package org.chengxin.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.chengxin.core.ChengxinException;
import org.chengxin.rules.internal.CalendarText;
import org.immutables.value.Value;

/**
 * The data of a working-day calendar (R-DATE-4): the covered range, the holidays (节假日, no work even on a
 * weekday) and the adjusted working days (调休上班, work even on a Saturday or Sunday), each with its name, and the
 * notices they come from. {@link WorkingDayCalendars#of(CalendarData)} turns it into a fast calendar.
 *
 * <p>A region adds its own holidays on top of the national calendar by copying the national data:
 *
 * <pre>{@code
 * CalendarData regional = CalendarData.builder()
 *     .from(WorkingDayCalendars.nationalData())
 *     .id("cn-45-example")                                   // a regional calendar
 *     .putHolidays(LocalDate.of(2024, 4, 11), "三月三")       // an extra local holiday
 *     .build();
 * WorkingDayCalendar calendar = WorkingDayCalendars.of(regional);
 * }</pre>
 *
 * <p>More years are added the same way ({@code lastCovered(...)} plus the new notice's days), or by reading a
 * file in Chengxin's calendar format ({@link #read(URL)}; the format is described in the header of
 * {@code org/chengxin/rules/calendar/cn-national.txt}). Days listed outside the covered range are kept and never
 * used. A day may not be both a holiday and an adjusted working day.
 */
@Value.Immutable
public abstract class CalendarData {

  /** The calendar's id, e.g. {@code cn-national}. */
  public abstract String id();

  /** The first day covered (inclusive). */
  public abstract LocalDate firstCovered();

  /** The last day covered (inclusive). */
  public abstract LocalDate lastCovered();

  /** The holidays by date, with their names (e.g. 2024-02-12 春节); a listed weekday is not a working day. */
  @Value.NaturalOrder
  public abstract SortedMap<LocalDate, String> holidays();

  /** The adjusted working days by date, with the holiday they make up for (e.g. 2024-02-18 春节). */
  @Value.NaturalOrder
  public abstract SortedMap<LocalDate, String> adjustedWorkingDays();

  /** The notices (their addresses) that fixed each covered year, by year; may be empty for a built calendar. */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, List<String>> notices();

  /**
   * Structural consistency: a non-blank id, a non-empty range, no day both a holiday and a working day; the
   * notice lists are copied so that the value stays immutable.
   */
  @Value.Check
  protected CalendarData check() {
    if (id().isBlank()) {
      throw new IllegalStateException("a calendar needs a non-blank id");
    }
    if (lastCovered().isBefore(firstCovered())) {
      throw new IllegalStateException("calendar " + id() + ": lastCovered " + lastCovered()
          + " is before firstCovered " + firstCovered());
    }
    for (Map.Entry<LocalDate, String> holiday : holidays().entrySet()) {
      if (adjustedWorkingDays().containsKey(holiday.getKey())) {
        throw new IllegalStateException("calendar " + id() + ": " + holiday.getKey()
            + " is both a holiday (" + holiday.getValue() + ") and an adjusted working day ("
            + adjustedWorkingDays().get(holiday.getKey()) + ")");
      }
    }
    // plain loops: a lambda here is a class spun at run time on the start-up path of every command
    boolean copied = true;
    SortedMap<Integer, List<String>> copy = new TreeMap<>();
    for (Map.Entry<Integer, List<String>> e : notices().entrySet()) {
      List<String> urls = List.copyOf(e.getValue());
      copied &= urls == e.getValue();
      copy.put(e.getKey(), urls);
    }
    return copied ? this : builder().from(this).notices(copy).build();
  }

  /**
   * Reads a calendar in Chengxin's text format (UTF-8).
   *
   * @param source the name used in error messages, e.g. the file name
   * @throws ChengxinException naming the source and the line of a malformed line
   * @throws UncheckedIOException if the text cannot be read
   */
  public static CalendarData parse(Reader text, String source) {
    return CalendarText.parse(text, source);
  }

  /**
   * Reads a calendar in Chengxin's text format (UTF-8) from a URL, e.g. a class path resource.
   *
   * @throws ChengxinException naming the URL and the line of a malformed line
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static CalendarData read(URL url) {
    try (InputStream in = url.openStream()) {
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), url.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read calendar " + url, e);
    }
  }

  /** A builder; {@code from(data)} copies an existing calendar to extend it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CalendarData}. */
  public static final class Builder extends ImmutableCalendarData.Builder {
    Builder() {}
  }
}
