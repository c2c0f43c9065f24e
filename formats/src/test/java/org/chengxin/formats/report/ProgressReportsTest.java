package org.chengxin.formats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.chengxin.core.Category;
import org.chengxin.core.Language;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.chengxin.formats.RecordReader;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPEC §6 periodic progress report; every expected count is worked out by hand below from SPEC §4 and the 2024
 * national calendar (元旦 01-01; 春节 02-10…02-17 with 02-04 and 02-18 worked; 清明 04-04…04-06 with 04-07 worked;
 * 端午 06-10; 中秋 09-15…09-17 with 09-14 worked; 国庆 10-01…10-07 with 09-29 and 10-12 worked).
 */
class ProgressReportsTest {

  static final ProfileRegistry PROFILES = ProfileRegistry.load();

  /** The hainan-2017 2024-Q1 input (2024-01-01 … 2024-03-31). */
  static List<Rec> hainanQ1() {
    return List.of(
        // A1: publishBy = 7 working days after 01-08 = 01-17; published 01-12 → ON_TIME. Objection filed 01-15,
        // decideBy = 5 working days after = 01-22; resolved 01-26 > 01-22 → became overdue on 01-23 (in Q1).
        Rec.org("A1", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-01-08").published("2024-01-12")
            .event("OBJECTION_FILED", "2024-01-15").event("OBJECTION_RESOLVED", "2024-01-26", "outcome", "REJECTED"),
        // A2: 02-05 + 7 working days = 02-06,07,08,09,18(Sunday worked),19,20 → 02-20; published 02-21 → LATE.
        // Rectification due 03-15, never completed → overdue.
        Rec.org("A2", "ADMINISTRATIVE_PENALTY", "MINOR", "2024-02-05").kind("PUBLIC_INSTITUTION", Rec.INSTITUTION_USCC)
            .published("2024-02-21").rectificationDue("2024-03-15"),
        // A3: decided 2023-12-28: 12-29, 01-02,03,04,05,08,09 → publishBy 2024-01-09, never published → OVERDUE.
        Rec.org("A3", "ADMINISTRATIVE_PENALTY", "SERIOUS", "2023-12-28").kind("GOVERNMENT", Rec.ORG_USCC),
        // A4: CONTRACT_BREACH GENERAL max 3Y [default]: lastDay 2024-03-10, endedOn 03-11 EXPIRED (in Q1).
        Rec.org("A4", "CONTRACT_BREACH", "GENERAL", "2021-03-10").kind("DEVELOPMENT_ZONE", Rec.ORG_USCC)
            .published("2021-03-15"),
        // A5: repair applied 02-01 and approved 02-20 (minimumLastDay 2023-09-01 passed): ended REPAIRED.
        Rec.org("A5", "ADMINISTRATIVE_PENALTY", "GENERAL", "2023-06-01").published("2023-06-05")
            .event("REPAIR_APPLIED", "2024-02-01").event("REPAIR_DECIDED", "2024-02-20", "approved", "true"),
        // A6: an official's sanction revoked 03-20 → endedOn 03-20 REVOKED; every measure VOID.
        Rec.official("A6", "DISCIPLINARY_SANCTION", "SERIOUS", "2024-03-05").event("DECISION_REVOKED", "2024-03-20"),
        // A7: 03-26 + 7 working days = 03-27,28,29,04-01,02,03,07 → 04-07 (Q2). Objection filed 03-27, decideBy
        // 03-28,29,04-01,02,03 → 04-03: becomes overdue in Q2, not Q1.
        Rec.org("A7", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-03-26").event("OBJECTION_FILED", "2024-03-27"),
        // A8: decided after the period: not selected.
        Rec.org("A8", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-04-02"),
        // A9: PAYMENT_ARREARS is not a hainan-2017 category: refused.
        Rec.org("A9", "PAYMENT_ARREARS", "GENERAL", "2024-01-10"),
        // A10: objection filed 2023-12-25, decideBy 12-26,27,28,29,01-02 → 2024-01-02, resolved only 04-15
        // (after the period) → became overdue 01-03 (in Q1).
        Rec.org("A10", "JUDICIAL_JUDGMENT", "GENERAL", "2023-12-20").kind("GOVERNMENT", Rec.ORG_USCC)
            .published("2023-12-22").event("OBJECTION_FILED", "2023-12-25")
            .event("OBJECTION_RESOLVED", "2024-04-15", "outcome", "REJECTED"));
  }

  static ProgressReports.Result run(String profileId, String period, List<Rec> records) {
    Profile profile = PROFILES.get(profileId);
    try (RecordReader in = Rec.reader(records)) {
      return ProgressReports.compute(in, profile, WorkingDayCalendars.national(),
          ProgressReports.period(profile, period), Language.EN, n -> { });
    }
  }

  @Test
  void hainan2017_2024Q1_countsWorkedOutByHand() {
    ProgressReports.Result result = run("hainan-2017", "2024-Q1", hainanQ1());
    ProgressReport r = result.report();
    // seed:hainan-2017:五(一) quarterly, due the 10th of the month after the quarter
    assertThat(r.dueOn()).isEqualTo(LocalDate.of(2024, 4, 10));
    assertThat(r.asOf()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(r.recipient()).isEqualTo("省信用办");
    // new: A1, A2, A6, A7
    assertThat(r.newRecords()).isEqualTo(4);
    assertThat(r.newByCategory()).containsEntry(Category.ADMINISTRATIVE_PENALTY, 3L)
        .containsEntry(Category.DISCIPLINARY_SANCTION, 1L).containsEntry(Category.CONTRACT_BREACH, 0L)
        .hasSize(Category.values().length);
    assertThat(r.newByTier()).containsEntry(Tier.MINOR, 1L).containsEntry(Tier.GENERAL, 2L)
        .containsEntry(Tier.SERIOUS, 1L);
    assertThat(r.newBySubjectKind()).containsEntry(SubjectKind.DEPARTMENT, 2L)
        .containsEntry(SubjectKind.PUBLIC_INSTITUTION, 1L).containsEntry(SubjectKind.PUBLIC_OFFICIAL, 1L)
        .containsEntry(SubjectKind.GOVERNMENT, 0L);
    // publishBy in Q1: A1 (01-17 ON_TIME), A2 (02-20 LATE), A3 (01-09 OVERDUE)
    assertThat(List.of(r.publicationDue(), r.publishedOnTime(), r.publishedLate(), r.publicationOverdue(),
        r.publicationPending())).containsExactly(3L, 1L, 1L, 1L, 0L);
    // filed: A1, A7; resolved: A1; overdue: A1 (01-23), A10 (01-03)
    assertThat(List.of(r.objectionsFiled(), r.objectionsResolved(), r.objectionsOverdue()))
        .containsExactly(2L, 1L, 2L);
    assertThat(List.of(r.repairsApplied(), r.repairsApproved())).containsExactly(1L, 1L);
    assertThat(List.of(r.expired(), r.revoked())).containsExactly(1L, 1L);
    // active on 03-31 (R-MEAS): the organisations' records still active are A1, A2, A3, A7, A10 → 5 each of the
    // WHILE_ACTIVE restrictions and ONCE actions; RECTIFICATION (UNTIL_RECTIFIED, never rectified: open, lastDay
    // null) is also ACTIVE for the expired A4 → 6; A5's restrictions are LIFTED and its actions ENDED; the revoked
    // official's measures are VOID.
    assertThat(r.activeMeasures()).containsEntry(MeasureCode.WRITTEN_EXPLANATION, 5L)
        .containsEntry(MeasureCode.RECTIFICATION, 6L).containsEntry(MeasureCode.HONOR_INELIGIBILITY, 5L)
        .containsEntry(MeasureCode.PUBLIC_CRITICISM, 5L).containsEntry(MeasureCode.PRINCIPAL_ACCOUNTABILITY, 5L)
        .containsEntry(MeasureCode.EVALUATION_DOWNGRADE, 5L).containsEntry(MeasureCode.COMMENDATION_BAN, 0L)
        .containsEntry(MeasureCode.PROMOTION_BAN, 0L).hasSize(MeasureCode.values().length);
    assertThat(r.rectificationsOverdue()).isEqualTo(1); // A2
    InputSummary s = result.summary();
    assertThat(List.of(s.recordsRead(), s.recordsUsed(), s.recordsNotSelected(), s.recordsInvalid(),
        s.recordsRefused())).containsExactly(10L, 8L, 1L, 0L, 1L);
    assertThat(s.hasErrors()).isTrue();
    assertThat(s.problems().notices()).singleElement()
        .satisfies(n -> assertThat(n.code().name()).isEqualTo("CATEGORY_NOT_IN_PROFILE"));
  }

  /** The qinhuangdao-transport-2021 2024-H2 input (2024-07-01 … 2024-12-31). */
  static List<Rec> qinhuangdaoH2() {
    return List.of(
        // Q1: an official's NON_PROSECUTION (四(二)), new; no publication deadline for the category.
        Rec.official("Q1", "NON_PROSECUTION", "GENERAL", "2024-08-01"),
        // Q2: 09-20 + 7 working days = 09-23,24,25,26,27,29(Sunday worked),30 → 09-30; published 10-09 → LATE.
        Rec.org("Q2", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-09-20").published("2024-10-09"),
        // Q3: 12-20 + 7 working days = 12-23,24,25,26,27,30,31 → 12-31, the period's last day, unpublished → PENDING.
        Rec.org("Q3", "ADMINISTRATIVE_PENALTY", "SERIOUS", "2024-12-20").kind("GOVERNMENT", Rec.ORG_USCC),
        // Q4: 2023 era GENERAL max 1Y: lastDay 2024-07-03, endedOn 07-04 EXPIRED (in H2).
        Rec.org("Q4", "ADMINISTRATIVE_PENALTY", "GENERAL", "2023-07-03").published("2023-07-05"),
        // Q5: objection filed 07-01, decideBy 07-02,03,04,05,08 → 07-08; upheld and withdrawn 07-10 → overdue
        // (07-09 in H2), resolved, and ended OBJECTION_UPHELD 07-10 (a revocation).
        Rec.org("Q5", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-06-03").published("2024-06-05")
            .event("OBJECTION_FILED", "2024-07-01").event("OBJECTION_RESOLVED", "2024-07-10", "outcome",
                "UPHELD_WITHDRAWN"),
        // Q6: rectification due 10-31, completed 11-05 (late) → overdue; repair applied 11-10, refused 12-01.
        Rec.org("Q6", "CONTRACT_BREACH", "GENERAL", "2024-05-10").published("2024-05-20")
            .rectificationDue("2024-10-31").event("RECTIFICATION_COMPLETED", "2024-11-05")
            .event("REPAIR_APPLIED", "2024-11-10").event("REPAIR_DECIDED", "2024-12-01", "approved", "false"));
  }

  @Test
  void qinhuangdaoTransport2021_2024H2_countsWorkedOutByHand() {
    ProgressReports.Result result = run("qinhuangdao-transport-2021", "2024-H2", qinhuangdaoH2());
    ProgressReport r = result.report();
    // seed:qinhuangdao-transport-2021:六(三) "次年1月10日前"
    assertThat(r.dueOn()).isEqualTo(LocalDate.of(2025, 1, 10));
    assertThat(r.newRecords()).isEqualTo(3);
    assertThat(r.newByCategory()).containsEntry(Category.NON_PROSECUTION, 1L)
        .containsEntry(Category.ADMINISTRATIVE_PENALTY, 2L);
    assertThat(r.newByTier()).containsEntry(Tier.GENERAL, 2L).containsEntry(Tier.SERIOUS, 1L);
    assertThat(r.newBySubjectKind()).containsEntry(SubjectKind.PUBLIC_OFFICIAL, 1L)
        .containsEntry(SubjectKind.DEPARTMENT, 1L).containsEntry(SubjectKind.GOVERNMENT, 1L);
    assertThat(List.of(r.publicationDue(), r.publishedOnTime(), r.publishedLate(), r.publicationOverdue(),
        r.publicationPending())).containsExactly(2L, 0L, 1L, 0L, 1L);
    assertThat(List.of(r.objectionsFiled(), r.objectionsResolved(), r.objectionsOverdue()))
        .containsExactly(1L, 1L, 1L);
    assertThat(List.of(r.repairsApplied(), r.repairsApproved())).containsExactly(1L, 0L);
    assertThat(List.of(r.expired(), r.revoked())).containsExactly(1L, 1L);
    // HONOR_INELIGIBILITY (WHILE_ACTIVE, also for officials here, 四(三)): Q1, Q2, Q3, Q6 → 4.
    // DISCIPLINE_REFERRAL (ONCE, organisations): Q2, Q3, Q6 → 3 (Q4 ENDED, Q5 VOID).
    assertThat(r.activeMeasures()).containsEntry(MeasureCode.HONOR_INELIGIBILITY, 4L)
        .containsEntry(MeasureCode.DISCIPLINE_REFERRAL, 3L);
    assertThat(r.rectificationsOverdue()).isEqualTo(1);
    assertThat(result.summary().hasErrors()).isFalse();
    assertThat(result.summary().recordsUsed()).isEqualTo(6);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
      "hainan-2017, 2024-Q1, 2024-04-10",
      "hainan-2017, 2024-Q4, 2025-01-10",
      "qinhuangdao-transport-2021, 2024-H1, 2024-07-10",
      "qinhuangdao-transport-2021, 2024-H2, 2025-01-10"})
  void dueDatesArePlainCalendarDates(String profile, String period, LocalDate due) {
    // 2024-Q4 → 2025-01-10 is a Friday anyway; 2024-07-10 a Wednesday: never shifted (R-DATE-3)
    Profile p = PROFILES.get(profile);
    assertThat(ProgressReports.period(p, period).dueOn(p.reporting().get().dueDayOfFollowingMonth().value()))
        .isEqualTo(due);
  }

  @ParameterizedTest(name = "{0} {1} is refused")
  @CsvSource({
      "hainan-2017, 2024-H1",
      "qinhuangdao-transport-2021, 2024-Q3",
      "cn-national, 2024-Q1",
      "hainan-2017, 2024-Q5",
      "hainan-2017, 2024-H3",
      "hainan-2017, 24-Q1"})
  void wrongKindMalformedOrNoSchedule(String profile, String period) {
    assertThatThrownBy(() -> ProgressReports.period(PROFILES.get(profile), period))
        .isInstanceOf(ReportPeriodException.class);
  }

  @Test
  void periodsCoverTheirMonths() {
    ReportPeriod h2 = ReportPeriod.parse("2024-H2");
    assertThat(h2.from()).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(h2.to()).isEqualTo(LocalDate.of(2024, 12, 31));
    ReportPeriod q1 = ReportPeriod.parse("2024-Q1");
    assertThat(q1.to()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(ReportPeriod.parse("2023-Q4").dueOn(31)).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(ReportPeriod.parse("2024-Q4").dueOn(31)).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(ReportPeriod.parse("2023-Q4").dueOn(30)).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(ReportPeriod.parse("2024-Q4").from()).isEqualTo(LocalDate.of(2024, 10, 1));
  }
}
