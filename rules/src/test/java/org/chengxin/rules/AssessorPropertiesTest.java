package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.chengxin.core.Event;
import org.chengxin.core.EventType;
import org.chengxin.core.MitigationDecision;
import org.chengxin.core.ObjectionOutcome;
import org.chengxin.core.Record;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Properties of the engine over generated records: Instancio (a fixed {@link Seed} per property) supplies one
 * {@code long} per case, which seeds a {@link RecordGenerator}; every failure is reproducible from the seed and
 * the sample's description in the assertion message.
 */
@ExtendWith(InstancioExtension.class)
class AssessorPropertiesTest {

  private static final int CASES = 1_500;
  private static final Map<String, AtomicInteger> CASES_SEEN =
      Map.of("repair", new AtomicInteger(), "statutory", new AtomicInteger());
  private static final AtomicInteger REPAIRED = new AtomicInteger();
  private static final AtomicInteger REVOKED_OR_EXEMPT = new AtomicInteger();
  private static final AtomicInteger STATUTORY = new AtomicInteger();
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

  @ParameterizedTest
  @InstancioSource(samples = CASES)
  @Seed(20240108L)
  void determinism(long seed) {
    RecordGenerator.Sample s = new RecordGenerator(seed).next();
    AssessmentResult first = assess(s.record, s.profile, s.asOf);
    Record copy = Record.builder().from(s.record).build();
    AssessmentResult second = assess(copy, s.profile, s.asOf);
    assertThat(second).as(s.toString()).isEqualTo(first);
    assertThat(second.toString()).as(s.toString()).isEqualTo(first.toString());
    assertThat(first.isRefused()).as(s.toString()).isFalse();
  }

  @ParameterizedTest
  @InstancioSource(samples = CASES)
  @Seed(7L)
  void eventsAfterAsOfChangeNothing(long seed) {
    RecordGenerator.Sample s = new RecordGenerator(seed).next();
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

  @ParameterizedTest
  @InstancioSource(samples = CASES)
  @Seed(11L)
  void finalStatesNeverReturnToActive(long seed) {
    RecordGenerator.Sample s = new RecordGenerator(seed).next();
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

  @ParameterizedTest
  @InstancioSource(samples = CASES)
  @Seed(13L)
  void objectionsNeverMakeALastDayEarlier(long seed) {
    RecordGenerator.Sample s = new RecordGenerator(seed).next();
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

  @ParameterizedTest
  @InstancioSource(samples = CASES)
  @Seed(17L)
  void noRestrictionActiveAfterRepair_noMeasureActiveAfterRevocationOrExemption(long seed) {
    RecordGenerator.Sample s = new RecordGenerator(seed).next();
    CASES_SEEN.get("repair").incrementAndGet();
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
    REPAIRED.addAndGet(approved ? 1 : 0);
    REVOKED_OR_EXEMPT.addAndGet(ended ? 1 : 0);
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

  @ParameterizedTest
  @InstancioSource(samples = CASES)
  @Seed(19L)
  void statutoryMeasuresIgnoreRepairAndMitigation(long seed) {
    RecordGenerator.Sample s = new RecordGenerator(seed).next();
    CASES_SEEN.get("statutory").incrementAndGet();
    Record without = withEvents(s.record, e -> e.type() != EventType.REPAIR_APPLIED
        && e.type() != EventType.REPAIR_DECIDED && e.type() != EventType.MITIGATION_DECIDED);
    Assessment with = assess(s.record, s.profile, s.asOf).assessment();
    Assessment base = assess(without, s.profile, s.asOf).assessment();
    for (int m = 0; m < with.measures().size(); m++) {
      MeasureAssessment x = with.measures().get(m);
      if (x.statutory()) {
        STATUTORY.incrementAndGet();
        assertThat(x).as(s.toString()).isEqualTo(base.measures().get(m));
      }
    }
  }

  /**
   * The generator really produces the situations the properties above are about (checked once all of a
   * property's cases have run, so running a single case alone does not fail).
   */
  @AfterAll
  static void theGeneratedCasesCoverTheSituations() {
    if (CASES_SEEN.get("repair").get() == CASES) {
      assertThat(REPAIRED.get()).isGreaterThan(50);
      assertThat(REVOKED_OR_EXEMPT.get()).isGreaterThan(50);
    }
    if (CASES_SEEN.get("statutory").get() == CASES) {
      assertThat(STATUTORY.get()).isGreaterThan(100);
    }
  }

  private static LocalDate lastEventDay(Record r) {
    return r.events().isEmpty() ? r.decision().decidedOn() : r.events().get(r.events().size() - 1).on();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
