package org.chengxin.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chengxin.core.ChengxinException;
import org.chengxin.rules.CalendarData;

/**
 * Reads Chengxin's calendar text format (see the header of {@code org/chengxin/rules/calendar/cn-national.txt}):
 * {@code calendar ID}, then {@code year YYYY URL…} lines, each followed by {@code YYYY-MM-DD H|W name} lines.
 */
public final class CalendarText {

  private static final Pattern CALENDAR = Pattern.compile("calendar\\s+(\\S+)");
  private static final Pattern YEAR = Pattern.compile("year\\s+(\\d{4})((?:\\s+\\S+)*)");
  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+([HW])\\s+(\\S.*)");

  private CalendarText() {}

  /** Parses the text; {@code source} names it in error messages ({@code source:line: …}). */
  public static CalendarData parse(Reader text, String source) {
    try {
      return new Parser(source).parse(new BufferedReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read calendar " + source, e);
    }
  }

  private static final class Parser {
    private final String source;
    private final CalendarData.Builder builder = CalendarData.builder();
    private final Set<LocalDate> seen = new HashSet<>();
    private String id;
    private int firstYear;
    private int lastYear;
    private int number;

    Parser(String source) {
      this.source = source;
    }

    CalendarData parse(BufferedReader reader) throws IOException {
      String line;
      while ((line = reader.readLine()) != null) {
        number++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (id == null) {
          Matcher m = CALENDAR.matcher(t);
          if (!m.matches()) {
            throw error("expected 'calendar ID' first", t);
          }
          id = m.group(1);
          continue;
        }
        Matcher year = YEAR.matcher(t);
        Matcher day = DAY.matcher(t);
        if (year.matches()) {
          year(Integer.parseInt(year.group(1)), year.group(2), t);
        } else if (day.matches()) {
          day(day.group(1), day.group(2), day.group(3).strip(), t);
        } else {
          throw error("expected 'year YYYY URL…' or 'YYYY-MM-DD H|W name'", t);
        }
      }
      if (id == null || lastYear == 0) {
        throw new ChengxinException(source + ": no 'calendar ID' and 'year YYYY' lines: not a calendar");
      }
      return builder.id(id)
          .firstCovered(LocalDate.of(firstYear, 1, 1))
          .lastCovered(LocalDate.of(lastYear, 12, 31))
          .build();
    }

    private void year(int year, String urls, String t) {
      if (lastYear != 0 && year != lastYear + 1) {
        throw error("year " + year + " does not follow year " + lastYear + " (the years must be contiguous)", t);
      }
      if (firstYear == 0) {
        firstYear = year;
      }
      lastYear = year;
      String u = urls.strip();
      List<String> notices = u.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(u.split("\\s+")));
      builder.putNotices(year, notices);
    }

    private void day(String text, String kind, String name, String t) {
      if (lastYear == 0) {
        throw error("a day before the first 'year' line", t);
      }
      LocalDate date;
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw error("'" + text + "' is not a real date", t);
      }
      if (!seen.add(date)) {
        throw error(date + " is listed twice", t);
      }
      if (kind.equals("H")) {
        builder.putHolidays(date, name);
      } else {
        builder.putAdjustedWorkingDays(date, name);
      }
    }

    private ChengxinException error(String message, String line) {
      return new ChengxinException(source + ":" + number + ": " + message + ", in '" + line + "'");
    }
  }
}
