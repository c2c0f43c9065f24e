package org.chengxin.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chengxin.core.ChengxinException;
import org.chengxin.rules.CalendarData;

/**
 * Reads Chengxin's calendar text format (see the header of {@code org/chengxin/rules/calendar/cn-national.txt}):
 * {@code calendar ID}, then {@code year YYYY URL…} lines, each followed by {@code YYYY-MM-DD H|W name} lines.
 *
 * <p>The national calendar is read at the start of most runs, so the lines are taken apart by hand, not with
 * regular expressions; the accepted lines are exactly those of the patterns {@code calendar\s+(\S+)},
 * {@code year\s+(\d{4})((?:\s+\S+)*)} and {@code (\d{4}-\d{2}-\d{2})\s+([HW])\s+(\S.*)} ({@code \s} and
 * {@code \d} in their ASCII sense, {@code .} no line terminator) on the stripped line.
 */
public final class CalendarText {

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
          String calendarId = calendarId(t);
          if (calendarId == null) {
            throw error("expected 'calendar ID' first", t);
          }
          id = calendarId;
          continue;
        }
        if (!yearLine(t) && !dayLine(t)) {
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

    /** {@code calendar\s+(\S+)}: the id, or {@code null} if {@code t} is not such a line. */
    private static String calendarId(String t) {
      if (!t.startsWith("calendar")) {
        return null;
      }
      int i = skipSpaces(t, 8);
      if (i == 8 || i == t.length()) {
        return null;
      }
      for (int j = i; j < t.length(); j++) {
        if (isSpace(t.charAt(j))) {
          return null;
        }
      }
      return t.substring(i);
    }

    /** {@code year\s+(\d{4})((?:\s+\S+)*)}: reads the line and returns true, or returns false. */
    private boolean yearLine(String t) {
      if (!t.startsWith("year")) {
        return false;
      }
      int i = skipSpaces(t, 4);
      if (i == 4 || !digits(t, i, 4)) {
        return false;
      }
      int end = i + 4;
      // t is stripped, so it ends in a non-space: any rest that starts with a space is (\s+\S+)*
      if (end < t.length() && !isSpace(t.charAt(end))) {
        return false;
      }
      year(Integer.parseInt(t, i, end, 10), t.substring(end), t);
      return true;
    }

    /** {@code (\d{4}-\d{2}-\d{2})\s+([HW])\s+(\S.*)}: reads the line and returns true, or returns false. */
    private boolean dayLine(String t) {
      if (t.length() < 10 || !digits(t, 0, 4) || t.charAt(4) != '-' || !digits(t, 5, 2) || t.charAt(7) != '-'
          || !digits(t, 8, 2)) {
        return false;
      }
      int k = skipSpaces(t, 10);
      if (k == 10 || k == t.length() || (t.charAt(k) != 'H' && t.charAt(k) != 'W')) {
        return false;
      }
      int n = skipSpaces(t, k + 1);
      if (n == k + 1 || n == t.length()) {
        return false;
      }
      for (int j = n + 1; j < t.length(); j++) {
        char c = t.charAt(j);
        if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
          return false;
        }
      }
      day(t, t.charAt(k) == 'H', t.substring(n).strip());
      return true;
    }

    /** Regex {@code \s}: a space, tab, line feed, vertical tab, form feed or carriage return. */
    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int skipSpaces(String t, int from) {
      int i = from;
      while (i < t.length() && isSpace(t.charAt(i))) {
        i++;
      }
      return i;
    }

    private static boolean digits(String t, int from, int count) {
      if (from + count > t.length()) {
        return false;
      }
      for (int i = from; i < from + count; i++) {
        char c = t.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }

    private void year(int year, String urls, String t) {
      if (lastYear != 0 && year != lastYear + 1) {
        throw error("year " + year + " does not follow year " + lastYear + " (the years must be contiguous)", t);
      }
      if (firstYear == 0) {
        firstYear = year;
      }
      lastYear = year;
      // the words of the rest, split at runs of regex \s (as urls.strip().split("\\s+"))
      String u = urls.strip();
      List<String> notices = new ArrayList<>();
      int i = 0;
      while (i < u.length()) {
        int j = i;
        while (j < u.length() && !isSpace(u.charAt(j))) {
          j++;
        }
        notices.add(u.substring(i, j));
        i = skipSpaces(u, j);
      }
      builder.putNotices(year, List.copyOf(notices));
    }

    /** A day line {@code t} whose form is checked: YYYY-MM-DD at its start. */
    private void day(String t, boolean holiday, String name) {
      if (lastYear == 0) {
        throw error("a day before the first 'year' line", t);
      }
      LocalDate date;
      try {
        date = LocalDate.of(
            Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10), Integer.parseInt(t, 8, 10, 10));
      } catch (DateTimeException e) {
        throw error("'" + t.substring(0, 10) + "' is not a real date", t);
      }
      if (!seen.add(date)) {
        throw error(date + " is listed twice", t);
      }
      if (holiday) {
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
