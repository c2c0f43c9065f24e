package org.chengxin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chengxin.core.Category;
import org.chengxin.core.Event;
import org.chengxin.core.EventType;
import org.chengxin.core.Problem;
import org.chengxin.core.Record;
import org.chengxin.core.Severity;
import org.chengxin.core.SubjectKind;
import org.chengxin.formats.CanonicalJson;
import org.chengxin.formats.RecordValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The partner generators: reproducible for a seed, valid records validate, invalid records give their code. */
class GeneratorsTest {

  private static final RecordValidator VALIDATOR = RecordValidator.standard();

  private static List<String> errors(String json) {
    List<String> out = new ArrayList<>();
    for (Problem p : VALIDATOR.validate(json)) {
      if (p.severity() == Severity.ERROR) {
        out.add(p.code().name() + "@" + p.path());
      }
    }
    return out;
  }

  @Test
  void sameSeedSameRecordsAndAnotherSeedOthers_seed20261123() {
    String a = RecordGenerator.toNdjson(new RecordGenerator(20261123L).records(300));
    String b = RecordGenerator.toNdjson(new RecordGenerator(20261123L).records(300));
    String c = RecordGenerator.toNdjson(new RecordGenerator(20261124L).records(300));
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
    assertThat(a.lines()).hasSize(300);
    assertThat(a.lines().findFirst().orElseThrow()).contains("\"recordId\":\"R-0\"");
  }

  @Test
  void twoThousandGeneratedRecordsValidateAndCoverEveryCategoryAndSubjectKind_seed7() {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    Set<SubjectKind> kinds = EnumSet.noneOf(SubjectKind.class);
    for (Record r : new RecordGenerator(7).records(2000)) {
      String json = CanonicalJson.write(r);
      assertThat(errors(json)).as(json).isEmpty();
      categories.add(r.category());
      kinds.add(r.subject().kind());
    }
    assertThat(categories).containsExactlyInAnyOrder(Category.values());
    assertThat(kinds).containsExactlyInAnyOrder(SubjectKind.values());
  }

  @ParameterizedTest
  @EnumSource(Category.class)
  void aRequestedCategoryIsHonouredAndValid_seed11(Category category) {
    RecordGenerator gen = new RecordGenerator(11);
    for (int i = 0; i < 50; i++) {
      Record r = gen.next("C-" + i, category);
      assertThat(r.category()).isEqualTo(category);
      assertThat(errors(CanonicalJson.write(r))).isEmpty();
    }
  }

  @Test
  void eventSequencesAreReproducibleOrderedAndEndAtRevocation_seed3() {
    LocalDate decided = LocalDate.of(2024, 1, 8);
    EventSequenceGenerator a = new EventSequenceGenerator(3);
    EventSequenceGenerator b = new EventSequenceGenerator(3);
    Set<EventType> seen = EnumSet.noneOf(EventType.class);
    int empty = 0;
    for (int i = 0; i < 1000; i++) {
      List<Event> events = a.next(decided);
      assertThat(b.next(decided)).isEqualTo(events);
      empty += events.isEmpty() ? 1 : 0;
      LocalDate previous = decided;
      for (int j = 0; j < events.size(); j++) {
        Event e = events.get(j);
        seen.add(e.type());
        assertThat(e.on()).isAfterOrEqualTo(previous); // R §3.6: on ≥ decidedOn, non-decreasing
        previous = e.on();
        if (e.type() == EventType.DECISION_REVOKED) {
          assertThat(j).as("nothing after DECISION_REVOKED").isEqualTo(events.size() - 1);
        }
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(EventType.values());
    assertThat(empty).isBetween(100, 600); // a quarter empty, plus loops that skipped every pick
  }

  @ParameterizedTest
  @EnumSource(RecordMutation.class)
  void everyMutationYieldsExactlyItsError_seeds1to40(RecordMutation mutation) {
    for (long seed = 1; seed <= 40; seed++) {
      InvalidRecord bad = new InvalidRecordGenerator(seed).next("BAD-" + seed, mutation);
      assertThat(bad.mutation()).isEqualTo(mutation);
      assertThat(errors(bad.json())).as(bad.json()).containsExactlyElementsOf(bad.expected());
    }
  }

  @Test
  void invalidRecordsAreReproducibleAndCoverTheTable_seed5() {
    List<InvalidRecord> a = new InvalidRecordGenerator(5).everyMutation("B-");
    assertThat(a).isEqualTo(new InvalidRecordGenerator(5).everyMutation("B-"));
    assertThat(a).extracting(InvalidRecord::mutation).containsExactly(RecordMutation.values());
    InvalidRecordGenerator random = new InvalidRecordGenerator(6);
    InvalidRecordGenerator again = new InvalidRecordGenerator(6);
    for (int i = 0; i < 200; i++) {
      InvalidRecord bad = random.next("X-" + i);
      assertThat(again.next("X-" + i)).isEqualTo(bad);
      assertThat(errors(bad.json())).as(bad.json()).containsExactlyElementsOf(bad.expected());
    }
  }
}
