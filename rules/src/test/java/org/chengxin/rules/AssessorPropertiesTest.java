package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.chengxin.core.Event;
import org.chengxin.core.EventType;
import org.chengxin.core.MitigationDecision;
import org.chengxin.core.ObjectionOutcome;
import org.chengxin.core.Record;
import org.junit.jupiter.api.Test;

/**
 * Properties of the engine over generated records ({@link RecordGenerator}, seeded: every failure is
 * reproducible from the seed in the test name and the sample's description in the assertion message).
 */
class AssessorPropertiesTest {

  private static final int CASES = 1_500;
  private static final Assessor ENGINE = Assessor.create();
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendars.national();
  private static final Set<RecordState> FINAL_STATES =
      EnumSet.of(RecordState.REVOKED, RecordState.REPAIRED, RecordState.EXPIRED, RecordState.PURGE_DUE);

  private static AssessmentResult assess(Record record, Profile profile, LocalDate asOf) {
    return ENGINE.assess(record, profile, CALENDAR, asOf);
  }

  private static Record withEvents(Record record, Predicate<Event> keep) {
    List<Event> events = new ArrayList<>();
    for (Event e : record.events()) {
      if (keep.test(e)) {
        events.add(e);
      }
    }
    return Record.builder().from(record).events(events).build();
  }

  @Test
  void determinism_seed20240108() {
    RecordGenerator gen = new RecordGenerator(20240108L);
    for (int i = 0; i < CASES; i++) {
      RecordGenerator.Sample s = gen.next();
      AssessmentResult first = assess(s.record, s.profile, s.asOf);
      Record copy = Record.builder().from(s.record).build();
      AssessmentResult second = assess(copy, s.profile, s.asOf);
      assertThat(second).as(s.toString()).isEqualTo(first);
      assertThat(second.toString()).as(s.toString()).isEqualTo(first.toString());
      assertThat(first.isRefused()).as(s.toString()).isFalse();
    }
  }

  @Test
  void eventsAfterAsOfChangeNothing_seed7() {
    RecordGenerator gen = new RecordGenerator(7L);
    for (int i = 0; i < CASES; i++) {
      RecordGenerator.Sample s = gen.next();
      AssessmentResult full = assess(s.record, s.profile, s.asOf);
      Record truncated = withEvents(s.record, e -> !e.on().isAfter(s.asOf));
      if (s.record.publishedOn().isPresent() && s.record.publishedOn().get().isAfter(s.asOf)) {
        truncated = Record.builder().from(truncated).publishedOn(Optional.empty()).build();
      }
      assertThat(assess(truncated, s.profile, s.asOf)).as(s.toString()).isEqualTo(full);
      // A revocation appended after asOf is ignored too.
      Record later = Record.builder().from(s.record)
          .addEvents(Event.of(EventType.DECISION_REVOKED, max(s.asOf, lastEventDay(s.record)).plusDays(1))).build();
      assertThat(assess(later, s.profile, s.asOf)).as(s.toString()).isEqualTo(full);
    }
  }

  @Test
  void finalStatesNeverReturnToActive_seed11() {
    RecordGenerator gen = new RecordGenerator(11L);
    for (int i = 0; i < CASES; i++) {
      RecordGenerator.Sample s = gen.next();
      LocalDate decided = s.record.decision().decidedOn();
      RecordState seen = null;
      for (LocalDate day = decided; day.isBefore(decided.plusDays(900)); day = day.plusDays(23)) {
        RecordState state = assess(s.record, s.profile, day).assessment().state();
        if (seen != null) {
          assertThat(state).as(s + " on " + day + " after " + seen)
              .isNotIn(RecordState.ACTIVE, RecordState.UNDER_OBJECTION);
        }
        if (FINAL_STATES.contains(state)) {
          seen = state;
        }
      }
    }
  }

  @Test
  void objectionsNeverMakeALastDayEarlier_seed13() {
    RecordGenerator gen = new RecordGenerator(13L);
    for (int i = 0; i < CASES; i++) {
      RecordGenerator.Sample s = gen.next();
      Record without = withEvents(s.record,
          e -> e.type() != EventType.OBJECTION_FILED && e.type() != EventType.OBJECTION_RESOLVED);
      Assessment with = assess(s.record, s.profile, s.asOf).assessment();
      Assessment base = assess(without, s.profile, s.asOf).assessment();
      String as = s.toString();
      assertThat(with.disclosure().lastDay()).as(as).isAfterOrEqualTo(base.disclosure().lastDay());
      assertThat(with.disclosure().minimumLastDay()).as(as).isAfterOrEqualTo(base.disclosure().minimumLastDay());
      assertThat(with.retention().lastDay()).as(as).isAfterOrEqualTo(base.retention().lastDay());
      assertThat(with.measures()).as(as).hasSameSizeAs(base.measures());
      for (int m = 0; m < with.measures().size(); m++) {
        Optional<LocalDate> a = with.measures().get(m).lastDay();
        Optional<LocalDate> b = base.measures().get(m).lastDay();
        if (b.isEmpty()) {
          assertThat(a).as(as).isEmpty();
        } else if (a.isPresent()) {
          assertThat(a.get()).as(as).isAfterOrEqualTo(b.get());
        }
      }
    }
  }

  @Test
  void noRestrictionActiveAfterRepair_noMeasureActiveAfterRevocationOrExemption_seed17() {
    RecordGenerator gen = new RecordGenerator(17L);
    int repaired = 0;
    int revokedOrExempt = 0;
    for (int i = 0; i < CASES; i++) {
      RecordGenerator.Sample s = gen.next();
      Assessment a = assess(s.record, s.profile, s.asOf).assessment();
      boolean approved = false;
      boolean ended = false;
      for (Event e : s.record.events()) {
        if (e.on().isAfter(s.asOf)) {
          continue;
        }
        approved |= e.type() == EventType.REPAIR_DECIDED && e.approved().orElse(false);
        ended |= e.type() == EventType.DECISION_REVOKED
            || (e.type() == EventType.OBJECTION_RESOLVED && e.outcome().get() == ObjectionOutcome.UPHELD_WITHDRAWN)
            || (e.type() == EventType.MITIGATION_DECIDED && e.decision().get() == MitigationDecision.EXEMPT);
      }
      repaired += approved ? 1 : 0;
      revokedOrExempt += ended ? 1 : 0;
      for (MeasureAssessment m : a.measures()) {
        if (m.statutory()) {
          continue;
        }
        if (approved && m.kind() == MeasureKind.RESTRICTION) {
          assertThat(m.state()).as(s + " " + m).isNotEqualTo(MeasureState.ACTIVE);
        }
        if (ended) {
          assertThat(m.state()).as(s + " " + m).isNotEqualTo(MeasureState.ACTIVE);
        }
      }
    }
    // The generator really produces the situations the property is about.
    assertThat(repaired).isGreaterThan(50);
    assertThat(revokedOrExempt).isGreaterThan(50);
  }

  @Test
  void statutoryMeasuresIgnoreRepairAndMitigation_seed19() {
    RecordGenerator gen = new RecordGenerator(19L);
    int statutory = 0;
    for (int i = 0; i < CASES; i++) {
      RecordGenerator.Sample s = gen.next();
      Record without = withEvents(s.record, e -> e.type() != EventType.REPAIR_APPLIED
          && e.type() != EventType.REPAIR_DECIDED && e.type() != EventType.MITIGATION_DECIDED);
      Assessment with = assess(s.record, s.profile, s.asOf).assessment();
      Assessment base = assess(without, s.profile, s.asOf).assessment();
      for (int m = 0; m < with.measures().size(); m++) {
        MeasureAssessment x = with.measures().get(m);
        if (x.statutory()) {
          statutory++;
          assertThat(x).as(s.toString()).isEqualTo(base.measures().get(m));
        }
      }
    }
    assertThat(statutory).isGreaterThan(100);
  }

  private static LocalDate lastEventDay(Record r) {
    return r.events().isEmpty() ? r.decision().decidedOn() : r.events().get(r.events().size() - 1).on();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
