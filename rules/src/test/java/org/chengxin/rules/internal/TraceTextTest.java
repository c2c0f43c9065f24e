package org.chengxin.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trace text buffer writes dates exactly as {@link LocalDate#toString()} (ISO 8601, §4.10 trace). */
class TraceTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-08", "2024-12-31", "1000-01-01", "9999-12-31", "2000-02-29", "0999-12-31",
      "0000-01-01", "-0001-06-15", "+10000-01-01", "-999999999-01-01", "+999999999-12-31"})
  void datesAreWrittenAsLocalDateToString(String iso) {
    LocalDate day = LocalDate.parse(iso);
    // the buffer holds some text already: the date is appended after it
    assertThat(new TraceText().add("on ").date(day).add(".").toString()).isEqualTo("on " + iso + ".");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-08", "2024-12-31", "1000-01-01", "9999-12-31", "2000-02-29", "0999-12-31",
      "0000-01-01", "-0001-06-15", "+10000-01-01", "-999999999-01-01", "+999999999-12-31"})
  void isoIsLocalDateToString(String iso) {
    // the refusal's AS_OF_BEFORE_DECISION value and detail (R-STATE) are these strings
    assertThat(TraceText.iso(LocalDate.parse(iso))).isEqualTo(iso);
  }

  @Test
  void randomDatesSeed20260301() {
    SplittableRandom random = new SplittableRandom(20260301L);
    TraceText text = new TraceText();
    for (int i = 0; i < 20_000; i++) {
      LocalDate day = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(-20_000, 1, 1).toEpochDay(),
          LocalDate.of(20_000, 12, 31).toEpochDay()));
      assertThat(text.clear().date(day).toString()).isEqualTo(day.toString());
      assertThat(TraceText.iso(day)).isEqualTo(day.toString());
    }
  }

  @Test
  void growsPastItsFirstBufferAndClearsForReuse() {
    TraceText text = new TraceText();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      text.add("x").add(i).date(LocalDate.of(2024, 1, 1).plusDays(i)).add((Object) "; ");
      expected.append('x').append(i).append(LocalDate.of(2024, 1, 1).plusDays(i)).append("; ");
    }
    assertThat(text.toString()).isEqualTo(expected.toString()).hasSizeGreaterThan(96);
    assertThat(text.clear().add("R-DISC-3").toString()).isEqualTo("R-DISC-3");
  }
}
