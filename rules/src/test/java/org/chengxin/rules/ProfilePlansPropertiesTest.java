package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.chengxin.core.Record;
import org.chengxin.rules.internal.Evaluation;
import org.chengxin.rules.internal.ProfilePlans;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The engine's per-profile precomputation ({@code ProfilePlans}, R-MEAS merged measures kept per kind of record)
 * never changes a result: an assessment through the shared {@link Assessor}, whose tables earlier records have
 * filled, equals — every field, the trace included — the one through a plan made for this record alone, on which
 * every measure rule is matched against the record itself.
 */
@ExtendWith(InstancioExtension.class)
class ProfilePlansPropertiesTest {

  private static final Assessor ENGINE = Assessor.create();
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendars.national();

  private static AssessmentResult fresh(Record record, Profile profile, LocalDate asOf) {
    return new Evaluation(record, new ProfilePlans(1).of(profile), CALENDAR, asOf, EngineResults.INSTANCE).run();
  }

  @ParameterizedTest
  @InstancioSource(samples = 1_500)
  @Seed(20260301L)
  void sharedTablesGiveTheSameAssessmentAsAFreshPlan(long seed) {
    RecordGenerator gen = new RecordGenerator(seed);
    RecordGenerator.Sample s = gen.next();
    RecordGenerator.Sample other = gen.next();
    // Fill the shared tables with another record first, under both profiles.
    ENGINE.assess(other.record, other.profile, CALENDAR, other.asOf);
    ENGINE.assess(other.record, s.profile, CALENDAR, other.asOf);
    for (LocalDate asOf : new LocalDate[] {s.asOf, s.asOf.plusYears(2)}) {
      AssessmentResult shared = ENGINE.assess(s.record, s.profile, CALENDAR, asOf);
      AssessmentResult alone = fresh(s.record, s.profile, asOf);
      assertThat(shared).as(s + " on " + asOf).isEqualTo(alone);
      assertThat(shared.toString()).as(s + " on " + asOf).isEqualTo(alone.toString());
      // and the other record under this record's profile (often a refusal: another category)
      assertThat(ENGINE.assess(other.record, s.profile, CALENDAR, asOf)).as(other + " under " + s.profile.id())
          .isEqualTo(fresh(other.record, s.profile, asOf));
    }
  }
}
