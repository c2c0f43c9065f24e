package org.chengxin.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chengxin.core.ChengxinException;
import org.chengxin.rules.CalendarData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R-DATE-4 (the calendar text format): the hand-written line reader accepts exactly the lines of the format's
 * regular expressions, which this test keeps as the oracle, and the calendar built from the data works on
 * exactly the days R-DATE-4 names.
 */
class CalendarTextTest {

  private static final Pattern CALENDAR = Pattern.compile("calendar\\s+(\\S+)");
  private static final Pattern YEAR = Pattern.compile("year\\s+(\\d{4})((?:\\s+\\S+)*)");
  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+([HW])\\s+(\\S.*)");

  /** What the regular-expression reader made of one line after the header: "year …", "day …" or "error". */
  private static String oracle(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.startsWith("#")) {
      return "nothing";
    }
    Matcher year = YEAR.matcher(t);
    Matcher day = DAY.matcher(t);
    if (year.matches()) {
      String u = year.group(2).strip();
      return "year " + Integer.parseInt(year.group(1)) + " " + (u.isEmpty() ? List.of() : Arrays.asList(u.split("\\s+")));
    }
    if (day.matches()) {
      LocalDate date;
      try {
        date = LocalDate.parse(day.group(1));
      } catch (RuntimeException e) {
        return "error not a real date";
      }
      return "day " + date + " " + day.group(2) + " " + day.group(3).strip();
    }
    return "error form";
  }

  /** The same, from the reader under test: a year line 2023 first, then the line as 2024's (or a year line). */
  private static String actual(String line) {
    String text = "calendar t\nyear 2023\n" + line + "\n";
    CalendarData data;
    try {
      data = CalendarText.parse(new StringReader(text), "t");
    } catch (ChengxinException e) {
      return e.getMessage().contains("is not a real date") ? "error not a real date"
          : e.getMessage().contains("expected 'year") ? "error form" : "other " + e.getMessage();
    }
    if (data.notices().size() == 2) {
      int year = data.notices().lastKey();
      return "year " + year + " " + data.notices().get(year);
    }
    if (!data.holidays().isEmpty()) {
      LocalDate d = data.holidays().firstKey();
      return "day " + d + " H " + data.holidays().get(d);
    }
    if (!data.adjustedWorkingDays().isEmpty()) {
      LocalDate d = data.adjustedWorkingDays().firstKey();
      return "day " + d + " W " + data.adjustedWorkingDays().get(d);
    }
    return "nothing";
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "year 2024", "year 2024 http://a http://b", "year\t2024\thttp://a", "year 20245", "year 202", "year2024",
      "year 2024x", "year 2024 \u2003http://a", "year 2024 a\u001Cb", "year 2024 \u000Ba \f b",
      "2024-02-10 H 春节", "2024-02-10\tW\t调休 上班 ", "2024-02-30 H x", "2024-13-01 H x", "2024-02-10 X x",
      "2024-02-10 H", "2024-02-10H x", "2024-02-10 Hx", "2024-2-10 H x", "2024-02-10 H \u2028x", "2024-02-10 H x\u2028y",
      "2024-02-10 H x\u0085", "2024-02-10 H \u00A0x", "０２０２-02-10 H x", "year ２０２４", "x", "calendar y",
      "2024-02-10  H  name with  spaces",
  })
  void aLineReadsAsTheRegularExpressionsReadIt(String line) {
    assertThat(actual(line)).isEqualTo(oracle(line));
  }

  /** Seed 20261123: lines built from the format's pieces and hostile characters read as the oracle reads them. */
  @Test
  void generatedLinesReadAsTheRegularExpressionsReadThem() {
    SplittableRandom random = new SplittableRandom(20261123L);
    String[] pieces = {"year", "2024", "2024-02-10", "2024-02-31", "H", "W", " ", "\t", "\u000B", "\f", "\u2003",
        "\u00A0", "\u2028", "\u0085", "x", "名", "http://a", "-", "0", "12", "\u001C"};
    for (int round = 0; round < 3000; round++) {
      StringBuilder line = new StringBuilder();
      int n = random.nextInt(1, 7);
      for (int i = 0; i < n; i++) {
        line.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = line.toString();
      assertThat(actual(text)).as("round %d: %s", round, text.codePoints()
          .mapToObj(c -> c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04X", c))
          .reduce("", String::concat)).isEqualTo(oracle(text));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"calendar", "calendar ", "calendar a b", "calendarx", "calendar\ta"})
  void theCalendarLineIsTheOraclesToo(String line) {
    Matcher m = CALENDAR.matcher(line.strip());
    String expected = m.matches() ? m.group(1) : null;
    String got;
    try {
      got = CalendarText.parse(new StringReader(line + "\nyear 2024\n"), "t").id();
    } catch (ChengxinException e) {
      got = null;
    }
    assertThat(got).isEqualTo(expected);
  }

  /** R-DATE-4 day by day over the whole national calendar: W, or Monday to Friday and not H. */
  @Test
  void theNationalCalendarWorksOnExactlyTheDaysRDate4Names() throws Exception {
    CalendarData data;
    try (InputStreamReader in = new InputStreamReader(
        CalendarText.class.getResourceAsStream("/org/chengxin/rules/calendar/cn-national.txt"),
        StandardCharsets.UTF_8)) {
      data = CalendarText.parse(in, "cn-national.txt");
    }
    assertThat(data.notices().values()).allSatisfy(urls -> assertThat(List.copyOf(urls)).isSameAs(urls));
    DataCalendar calendar = new DataCalendar(data);
    List<LocalDate> mismatches = new ArrayList<>();
    for (LocalDate d = data.firstCovered(); !d.isAfter(data.lastCovered()); d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean expected = data.adjustedWorkingDays().containsKey(d) || (!weekend && !data.holidays().containsKey(d));
      if (calendar.isWorkingDay(d) != expected) {
        mismatches.add(d);
      }
    }
    assertThat(mismatches).isEmpty();
    // 2024-02-04 (a Sunday) was an adjusted working day (春节); 2024-02-12 (a Monday) a holiday
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 12))).isFalse();
  }
}
