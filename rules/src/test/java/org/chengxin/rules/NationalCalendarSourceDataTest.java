package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * R-DATE-4 cross-check: every day of 2007–2026 in the compiled national calendar agrees with the source dataset
 * in the shared folder (system property {@code chengxin.shared.dir}; skipped when it is absent).
 */
class NationalCalendarSourceDataTest {

  @Test
  void everyDayAgreesWithTheSourceData() throws IOException {
    String shared = System.getProperty("chengxin.shared.dir");
    assumeTrue(shared != null, "chengxin.shared.dir is not set");
    Path dir = Path.of(shared, "data", "holiday-cn");
    assumeTrue(Files.isDirectory(dir), dir + " does not exist");

    ObjectMapper json = new ObjectMapper();
    Map<LocalDate, Boolean> offDay = new TreeMap<>();
    Map<Integer, List<String>> papers = new TreeMap<>();
    for (int year = 2007; year <= 2026; year++) {
      JsonNode file = json.readTree(dir.resolve(year + ".json").toFile());
      assertThat(file.get("year").asInt()).isEqualTo(year);
      List<String> urls = new ArrayList<>();
      file.get("papers").forEach(p -> urls.add(p.asText()));
      papers.put(year, urls);
      for (JsonNode day : file.get("days")) {
        Boolean previous = offDay.put(LocalDate.parse(day.get("date").asText()), day.get("isOffDay").asBoolean());
        assertThat(previous).as("%s listed twice", day.get("date")).isNull();
      }
    }

    WorkingDayCalendar cn = WorkingDayCalendars.national();
    List<String> disagreements = new ArrayList<>();
    int days = 0;
    for (LocalDate d = LocalDate.of(2007, 1, 1); !d.isAfter(LocalDate.of(2026, 12, 31)); d = d.plusDays(1)) {
      boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
      boolean expected = offDay.containsKey(d) ? !offDay.get(d) : weekday;
      if (cn.isWorkingDay(d) != expected) {
        disagreements.add(d + " expected " + (expected ? "working" : "off"));
      }
      days++;
    }
    assertThat(days).isEqualTo(7305); // 20 years, 5 of them leap years (2008, 2012, 2016, 2020, 2024)
    assertThat(disagreements).isEmpty();
    assertThat(WorkingDayCalendars.nationalData().notices()).isEqualTo(papers);
  }
}
