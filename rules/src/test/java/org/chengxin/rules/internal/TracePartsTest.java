package org.chengxin.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chengxin.rules.TraceEntry;
import org.junit.jupiter.api.Test;

/**
 * The engine's trace entries, kept as parts, are the same values as {@link TraceEntry#of} entries of the joined
 * text: detail, equals (both ways), hashCode and toString (§4.10 trace).
 */
class TracePartsTest {

  private static final String[] PIECES = {"", " = ", "lastDay: ", "诚信", "\ud83d", "\ude00", "\ud800", "\"", "P3Y",
      "\n", "〔2019〕527号"};

  @Test
  void aKnownEntry() {
    LocalDate decided = LocalDate.of(2024, 1, 8);
    TraceParts t = TraceParts.of("R-DISC-3", "NDRC Order 58", "lastDay: ", decided, " + P1Y = ",
        LocalDate.of(2025, 1, 8));
    // Hand-written: the parts joined, each date as yyyy-MM-dd.
    assertThat(t.detail()).isEqualTo("lastDay: 2024-01-08 + P1Y = 2025-01-08");
    assertThat(t.detail()).isSameAs(t.detail()); // written once
    assertThat(t.partCount()).isEqualTo(4);
    assertThat(t.part(1)).isEqualTo(decided);
    TraceEntry plain = TraceEntry.of("R-DISC-3", "NDRC Order 58", "lastDay: 2024-01-08 + P1Y = 2025-01-08");
    assertThat(t).isEqualTo(plain).hasSameHashCodeAs(plain).hasToString(
        "TraceEntry{rule=R-DISC-3, basis=NDRC Order 58, detail=lastDay: 2024-01-08 + P1Y = 2025-01-08}");
    assertThat(plain).isEqualTo(t);
    assertThat(t).isNotEqualTo(TraceEntry.of("R-DISC-3", "NDRC Order 58", "lastDay: 2024-01-08 + P1Y = 2025-01-09"))
        .isNotEqualTo(TraceEntry.of("R-DISC-2", "NDRC Order 58", "lastDay: 2024-01-08 + P1Y = 2025-01-08"))
        .isNotEqualTo(TraceEntry.of("R-DISC-3", "", "lastDay: 2024-01-08 + P1Y = 2025-01-08"))
        .isNotEqualTo("lastDay: 2024-01-08 + P1Y = 2025-01-08");
  }

  @Test
  void partsAreStringsAndDatesOnly() {
    assertThatThrownBy(() -> TraceParts.of("R-REV", "", "days: ", 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3");
    assertThatThrownBy(() -> TraceParts.of(null, "", "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TraceEntry.of("R-REV", null, "x")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void randomPartsSeed20261123() {
    SplittableRandom random = new SplittableRandom(20261123L);
    TraceText text = new TraceText();
    for (int i = 0; i < 5_000; i++) {
      List<Object> parts = new ArrayList<>();
      StringBuilder joined = new StringBuilder();
      text.clear();
      for (int k = random.nextInt(8); k > 0; k--) {
        if (random.nextBoolean()) {
          // years outside 1000..9999 too: LocalDate.toString()'s sign and padding
          LocalDate day = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(-20_000, 1, 1).toEpochDay(),
              LocalDate.of(20_000, 12, 31).toEpochDay()));
          parts.add(day);
          text.date(day);
          joined.append(day);
        } else {
          String s = PIECES[random.nextInt(PIECES.length)];
          parts.add(s);
          text.add(s);
          joined.append(s);
        }
      }
      String rule = "R-" + random.nextInt(3);
      String basis = PIECES[random.nextInt(PIECES.length)];
      TraceEntry expected = TraceEntry.of(rule, basis, joined.toString());
      for (TraceEntry t : List.of(TraceParts.of(rule, basis, parts.toArray()), text.entry(rule, basis))) {
        assertThat(t.detail()).as("case %d", i).isEqualTo(joined.toString());
        assertThat(t).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(expected.toString());
        assertThat(expected).isEqualTo(t);
        assertThat(t.rule()).isEqualTo(rule);
        assertThat(t.basis()).isEqualTo(basis);
      }
    }
  }

  @Test
  void anEntryKeepsItsPartsWhenTheBufferIsReusedAndGrows() {
    TraceText text = new TraceText();
    TraceParts first = text.clear().add("a ").date(LocalDate.of(2024, 2, 29)).entry("R-1", "");
    text.clear().add("b");
    List<TraceParts> more = new ArrayList<>();
    for (int i = 0; i < 200; i++) { // far past the buffer's first array
      more.add(text.clear().add("x").add(i).entry("R-2", ""));
    }
    assertThat(first.detail()).isEqualTo("a 2024-02-29");
    assertThat(first.partCount()).isEqualTo(2);
    assertThat(first.part(0)).isEqualTo("a ");
    assertThatThrownBy(() -> first.part(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> first.part(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    for (int i = 0; i < 200; i++) {
      assertThat(more.get(i).detail()).isEqualTo("x" + i);
      assertThat(more.get(i).partCount()).isEqualTo(2);
    }
    assertThat(text.toString()).isEqualTo("x199");
  }
}
