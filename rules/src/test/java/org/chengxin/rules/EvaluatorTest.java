package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.rules.EvaluationInputs.unit;
import static org.chengxin.rules.ProfileValuesTest.PROFILES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chengxin.core.Category;
import org.chengxin.core.LitigationOutcome;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.SanctionType;
import org.chengxin.core.Tier;
import org.chengxin.core.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §7 worked examples, each computed by hand (the arithmetic is in the comments). */
class EvaluatorTest {

  private static final Profile NATIONAL = PROFILES.get("cn-national");
  private static final UnifiedSocialCreditCode A = unit(1);
  private static final UnifiedSocialCreditCode B = unit(2);
  private static final UnifiedSocialCreditCode C = unit(3);
  private static final UnifiedSocialCreditCode D = unit(4);

  private static UnitEvaluation only(EvaluationResult result) {
    assertThat(result.units()).hasSize(1);
    return result.units().get(0);
  }

  private static Map<Indicator, Integer> counts(UnitEvaluation u) {
    return u.deductions().stream().collect(Collectors.toMap(Deduction::indicator, Deduction::count));
  }

  private static TestRecords penalty(String id, Tier tier, String decidedOn) {
    return TestRecords.penalty(tier, decidedOn).id(id).unit(A, "柞水县某局");
  }

  // --- records active in the period ---

  @ParameterizedTest(name = "{0} {1} decided {2}: active in 2024 = {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # tier  | decidedOn  | (R-DISC-3, 2019/2023 eras: GENERAL 3M-1Y, SERIOUS 6M/1Y-3Y) | counted | score
      GENERAL | 2024-01-08 | lastDay 2025-01-08, active through 2024                    | true    | 97.00
      GENERAL | 2022-12-31 | lastDay 2023-12-31, endedOn 2024-01-01 = from: not > from   | false   | 100.00
      GENERAL | 2023-01-01 | lastDay 2024-01-01, endedOn 2024-01-02 > from              | true    | 97.00
      MINOR   | 2023-06-01 | lastDay 2024-06-01                                         | true    | 99.00
      SERIOUS | 2022-03-01 | lastDay 2025-03-01 (2019 era 6M-3Y)                         | true    | 90.00
      SERIOUS | 2025-01-02 | decided after to: not counted, no problem                  | false   | 100.00
      """)
  void aRecordActiveInThePeriodCountsByTier(Tier tier, String decidedOn, String why, boolean counted,
      BigDecimal score) {
    // published on the decision day, so publication is ON_TIME and only the tier counts: 100 − 1/3/10
    EvaluationResult r = new EvaluationInputs()
        .record(penalty("R1", tier, decidedOn).published(decidedOn).build())
        .evaluate(NATIONAL, "2024");
    UnitEvaluation u = only(r);
    assertThat(u.score()).isEqualByComparingTo(score);
    assertThat(u.score().scale()).isEqualTo(2);
    assertThat(u.deductions()).hasSize(counted ? 1 : 0);
    assertThat(r.problems()).isEmpty();
    assertThat(u.name()).contains("柞水县某局");
  }

  @Test
  void aRepairedRecordCountsWhileItWasActiveInThePeriod() {
    // GENERAL decided 2023-03-01 (2019 era, minimum 3M → eligible from 2023-06-02), repaired 2024-02-10:
    // endedOn 2024-02-10 > 2024-01-01 → active in 2024 → 3; for 2024-H2 (from 2024-07-01) it is not.
    TestRecords record = penalty("R1", Tier.GENERAL, "2023-03-01").published("2023-03-01")
        .repaired("2024-02-01", "2024-02-10");
    EvaluationInputs in = new EvaluationInputs().record(record.build());
    assertThat(only(in.evaluate(NATIONAL, "2024")).score()).isEqualByComparingTo("97");
    assertThat(only(in.evaluate(NATIONAL, "2024-H2")).score()).isEqualByComparingTo("100");
  }

  @Test
  void aRevokedRecordDoesNotCount() {
    // SERIOUS, unpublished (OVERDUE), rectification overdue — and revoked on 2024-05-01: nothing counts
    EvaluationResult r = new EvaluationInputs()
        .record(penalty("R1", Tier.SERIOUS, "2024-01-08").rectificationDue("2024-03-01").revoked("2024-05-01").build())
        .evaluate(NATIONAL, "2024");
    assertThat(only(r).score()).isEqualByComparingTo("100.00");
    assertThat(only(r).deductions()).isEmpty();
  }

  @Test
  void aDishonestJudgmentDebtorCountsTenMore() {
    // fujian-2017 accepts DISHONEST_JUDGMENT_DEBTOR (六(四)); GENERAL decided 2024-03-01: 3 + 10 = 13 → 87.00
    EvaluationResult r = new EvaluationInputs()
        .record(TestRecords.org(Category.DISHONEST_JUDGMENT_DEBTOR, Tier.GENERAL, "2024-03-01").unit(A, "某县政府")
            .build())
        .evaluate(PROFILES.get("fujian-2017"), "2024");
    UnitEvaluation u = only(r);
    assertThat(counts(u)).containsExactlyInAnyOrderEntriesOf(Map.of(
        Indicator.RECORD_ACTIVE_GENERAL, 1, Indicator.DISHONEST_JUDGMENT_DEBTOR, 1));
    assertThat(u.score()).isEqualByComparingTo("87.00");
    assertThat(u.warning()).isEqualTo(WarningLevel.GREEN);
  }

  // --- publication ---

  @ParameterizedTest(name = "decided {0}, published {1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # decidedOn | publishedOn | R-DISC-2: publishBy = 7 working days after decidedOn      | score
      2024-01-08  | 2024-01-12  | publishBy 2024-01-17, ON_TIME: 3                        | 97.00
      2024-01-08  | 2024-01-18  | LATE: 3 + 1                                             | 96.00
      2024-01-08  |             | OVERDUE at 2024-12-31: 3 + 1                            | 96.00
      2024-12-27  |             | publishBy 2025-01-08 (1 Jan holiday), not in 2024: 3    | 97.00
      2023-12-28  | 2024-01-10  | publishBy 2024-01-09 in 2024 (1 Jan holiday), LATE: 3+1 | 96.00
      """)
  void publicationLateOrOverdueDueInThePeriod(String decidedOn, String publishedOn, String why, BigDecimal score) {
    TestRecords record = penalty("R1", Tier.GENERAL, decidedOn);
    if (publishedOn != null) {
      record.published(publishedOn);
    }
    assertThat(only(new EvaluationInputs().record(record.build()).evaluate(NATIONAL, "2024")).score())
        .isEqualByComparingTo(score);
  }

  // --- rectification ---

  @ParameterizedTest(name = "due {0}, rectified {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # rectificationDueOn | rectified on | score (published on time: 3 for the GENERAL record)
      2024-03-31           | 2024-04-02   | 95.00
      2024-03-31           | 2024-03-31   | 97.00
      2024-03-31           |              | 95.00
      2025-01-15           |              | 97.00
      """)
  void rectificationDueInThePeriodAndNotCompletedByItsDueDate(String due, String rectified, BigDecimal score) {
    TestRecords record = penalty("R1", Tier.GENERAL, "2024-01-08").published("2024-01-08").rectificationDue(due);
    if (rectified != null) {
      record.rectified(rectified);
    }
    assertThat(only(new EvaluationInputs().record(record.build()).evaluate(NATIONAL, "2024")).score())
        .isEqualByComparingTo(score);
  }

  // --- commitments ---

  @ParameterizedTest(name = "due {1}, fulfilled {2}, broken {3}: {4}")
  @CsvSource(delimiter = '|', textBlock = """
      # madeOn   | dueOn      | fulfilledOn | brokenOn   | counted (2 points)
      2024-01-02 | 2024-06-30 |             | 2024-05-01 | true
      2024-01-02 | 2024-06-30 | 2024-07-02  |            | true
      2024-01-02 | 2024-06-30 | 2024-06-30  |            | false
      2024-01-02 | 2025-03-01 |             |            | false
      2023-01-02 | 2024-02-01 |             | 2023-12-01 | true
      2023-01-02 | 2023-12-31 |             | 2023-12-01 | false
      2024-01-02 | 2025-06-30 |             | 2024-08-01 | true
      """)
  void aCommitmentBrokenOrUnfulfilledCountsOnce(String madeOn, String dueOn, String fulfilledOn, String brokenOn,
      boolean counted) {
    EvaluationResult r = new EvaluationInputs().commitment(A, madeOn, dueOn, fulfilledOn, brokenOn)
        .evaluate(NATIONAL, "2024");
    UnitEvaluation u = only(r);
    // a commitment both broken in 2024 and due in 2024 unfulfilled (row 1) is still one: 100 − 2 = 98
    assertThat(u.score()).isEqualByComparingTo(counted ? "98.00" : "100.00");
    assertThat(u.name()).isEmpty();
  }

  // --- complaints ---

  @ParameterizedTest(name = "due {1}, closed {2}, substantiated {3}: −{4}")
  @CsvSource(delimiter = '|', textBlock = """
      # receivedOn | dueOn      | closedOn   | substantiated | points
      2024-03-01   | 2024-03-10 | 2024-03-12 | false         | 0.5
      2024-03-01   | 2024-03-10 | 2024-03-10 |               | 0
      2024-03-01   | 2024-03-10 |            |               | 0.5
      2024-12-10   | 2024-12-20 | 2025-01-05 | true          | 0.5
      2024-03-01   | 2024-03-10 | 2024-03-12 | true          | 1.5
      2024-03-01   | 2024-03-10 | 2024-03-05 | true          | 1
      2023-12-20   | 2023-12-30 | 2024-01-03 | true          | 1
      2025-01-02   | 2025-01-12 |            |               | 0
      """)
  void complaintsLateAndSubstantiated(String receivedOn, String dueOn, String closedOn, Boolean substantiated,
      BigDecimal points) {
    // row 4: due in 2024, closed after `to` → late; substantiated but closed in 2025 → not counted
    // row 5: late (0.5) and closed in 2024 as substantiated (1): both apply, 1.5
    // row 7: due in 2023 (not late in 2024) but closed in 2024 as substantiated: 1
    UnitEvaluation u = only(new EvaluationInputs().complaint(A, receivedOn, dueOn, closedOn, substantiated)
        .evaluate(NATIONAL, "2024"));
    assertThat(u.total()).isEqualByComparingTo(points);
    assertThat(u.score()).isEqualByComparingTo(new BigDecimal("100").subtract(points));
  }

  // --- litigation ---

  @Test
  void theLitigationLossRateIsExactAtScaleTen() {
    // 3 cases concluded in 2024: LOST (performed 2024-09-01), WON, SETTLED; a LOST case of 2023 is outside.
    // ratio 1/3 = 0.3333333333 (scale 10, HALF_UP) × 10 = 3.3333333330 → score 100 − 3.333333333 = 96.666666667
    // → 96.67
    EvaluationResult r = new EvaluationInputs()
        .litigation(A, "2024-02-01", LitigationOutcome.LOST, "2024-09-01")
        .litigation(A, "2024-03-01", LitigationOutcome.WON, null)
        .litigation(A, "2024-04-01", LitigationOutcome.SETTLED, null)
        .litigation(A, "2023-11-01", LitigationOutcome.LOST, null)
        .evaluate(NATIONAL, "2024");
    UnitEvaluation u = only(r);
    assertThat(u.deductions()).singleElement().satisfies(d -> {
      assertThat(d.indicator()).isEqualTo(Indicator.LITIGATION_LOSS_RATE);
      assertThat(d.count()).isEqualTo(1);
      assertThat(d.points()).isEqualByComparingTo("3.333333333");
      assertThat(d.printedPoints()).isEqualTo(new BigDecimal("3.33"));
    });
    assertThat(u.score()).isEqualTo(new BigDecimal("96.67"));
  }

  @Test
  void anUnperformedJudgmentCountsFiveAndTheSumIsExact() {
    // 2 LOST of 3 in 2024: ratio 2/3 = 0.6666666667 × 10 = 6.666666667; one LOST performed only on 2025-01-02
    // (after `to`) and one never: 2 × 5 = 10; total 16.666666667 → 83.333333333 → 83.33 GREEN
    EvaluationResult r = new EvaluationInputs()
        .litigation(A, "2024-02-01", LitigationOutcome.LOST, "2025-01-02")
        .litigation(A, "2024-03-01", LitigationOutcome.LOST, null)
        .litigation(A, "2024-04-01", LitigationOutcome.WITHDRAWN, null)
        .evaluate(NATIONAL, "2024");
    UnitEvaluation u = only(r);
    assertThat(counts(u)).containsExactlyInAnyOrderEntriesOf(Map.of(
        Indicator.LITIGATION_LOSS_RATE, 2, Indicator.LITIGATION_JUDGMENT_UNPERFORMED, 2));
    assertThat(u.total()).isEqualByComparingTo("16.666666667");
    assertThat(u.score()).isEqualTo(new BigDecimal("83.33"));
  }

  @Test
  void onlyTheScoreIsRoundedNotThePoints() {
    // 1 LOST of 16: 1/16 = 0.0625 × 10 = 0.625 (printed 0.63). Exact: 100 − 0.625 = 99.375 → 99.38 (HALF_UP);
    // plus a late complaint 0.5: 100 − 1.125 = 98.875 → 98.88. Summing the printed points would give
    // 100 − 1.13 = 98.87.
    EvaluationInputs in = new EvaluationInputs().litigation(A, "2024-01-10", LitigationOutcome.LOST, "2024-01-20");
    for (int i = 0; i < 15; i++) {
      in.litigation(A, "2024-02-10", LitigationOutcome.WON, null);
    }
    assertThat(only(in.evaluate(NATIONAL, "2024")).score()).isEqualTo(new BigDecimal("99.38"));
    in.complaint(A, "2024-03-01", "2024-03-10", null, null);
    UnitEvaluation u = only(in.evaluate(NATIONAL, "2024"));
    assertThat(u.deductions()).extracting(Deduction::printedPoints)
        .containsExactly(new BigDecimal("0.50"), new BigDecimal("0.63"));
    assertThat(u.score()).isEqualTo(new BigDecimal("98.88"));
  }

  @Test
  void noCaseConcludedMeansNoLossRate() {
    // the only case was concluded in 2023: 0 ÷ 0 → 0, nothing listed
    UnitEvaluation u = only(new EvaluationInputs().litigation(A, "2023-05-01", LitigationOutcome.LOST, null)
        .evaluate(NATIONAL, "2024"));
    assertThat(u.deductions()).isEmpty();
    assertThat(u.score()).isEqualByComparingTo("100");
  }

  // --- score, ranks, warnings ---

  @Test
  void theScoreNeverGoesBelowZero() {
    // 11 SERIOUS records active in 2024, published on time: 11 × 10 = 110 → max(0, −10) = 0.00, RED
    EvaluationInputs in = new EvaluationInputs();
    for (int i = 1; i <= 11; i++) {
      in.record(penalty("R" + i, Tier.SERIOUS, "2024-02-01").published("2024-02-01").build());
    }
    UnitEvaluation u = only(in.evaluate(NATIONAL, "2024"));
    assertThat(u.total()).isEqualByComparingTo("110");
    assertThat(u.score()).isEqualTo(new BigDecimal("0.00"));
    assertThat(u.warning()).isEqualTo(WarningLevel.RED);
  }

  @ParameterizedTest(name = "{0} SERIOUS + {1} late complaints → {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # SERIOUS | late complaints | score = 100 − 10·S − 0.5·C | warning (RED < 60, YELLOW < 80)
      2         | 0               | 80.00                      | GREEN
      2         | 1               | 79.50                      | YELLOW
      4         | 0               | 60.00                      | YELLOW
      4         | 1               | 59.50                      | RED
      """)
  void warningLevelsAtTheThresholds(int serious, int late, BigDecimal score, WarningLevel warning) {
    EvaluationInputs in = new EvaluationInputs();
    for (int i = 1; i <= serious; i++) {
      in.record(penalty("R" + i, Tier.SERIOUS, "2024-02-01").published("2024-02-01").build());
    }
    for (int i = 0; i < late; i++) {
      in.complaint(A, "2024-03-01", "2024-03-10", null, null);
    }
    UnitEvaluation u = only(in.evaluate(NATIONAL, "2024"));
    assertThat(u.score()).isEqualTo(score);
    assertThat(u.warning()).isEqualTo(warning);
  }

  @Test
  void tiesShareARankAndTheNextRankIsSkipped() {
    // D: 100 (no deduction) → 1; A and C: 98 (one broken commitment each) → 2, 2, listed by code (A < C);
    // B: 96 (two) → 4 (standard competition ranking 1, 2, 2, 4)
    EvaluationResult r = new EvaluationInputs()
        .commitment(C, "2024-01-02", "2024-06-30", null, null)
        .commitment(B, "2024-01-02", "2024-06-30", null, null)
        .commitment(B, "2024-01-02", "2024-07-30", null, null)
        .commitment(A, "2024-01-02", "2024-06-30", null, null)
        .commitment(D, "2024-01-02", "2025-06-30", null, null)
        .evaluate(NATIONAL, "2024");
    assertThat(r.units()).extracting(UnitEvaluation::unit)
        .containsExactly(D.value(), A.value(), C.value(), B.value());
    assertThat(r.units()).extracting(UnitEvaluation::rank).containsExactly(1, 2, 2, 4);
    assertThat(r.units()).extracting(u -> u.score().toPlainString()).containsExactly("100.00", "98.00", "98.00",
        "96.00");
  }

  @Test
  void deductionsAreListedInIndicatorOrderWithTheirBasis() {
    // GENERAL unpublished (OVERDUE): 3 + 1; rectification due 2024-03-31 not done: 2; one broken commitment: 2;
    // total 8 → 92.00
    EvaluationResult r = new EvaluationInputs()
        .record(penalty("R1", Tier.GENERAL, "2024-01-08").rectificationDue("2024-03-31").build())
        .commitment(A, "2024-01-02", "2024-06-30", null, null)
        .evaluate(PROFILES.get("zhashui-2021"), "2024");
    UnitEvaluation u = only(r);
    assertThat(u.deductions()).extracting(Deduction::indicator).containsExactly(
        Indicator.RECORD_ACTIVE_GENERAL, Indicator.PUBLICATION_LATE_OR_OVERDUE, Indicator.RECTIFICATION_OVERDUE,
        Indicator.COMMITMENT_BROKEN);
    assertThat(u.deductions().get(3).basis().citation()).isEqualTo("seed:zhashui-2021:五(一)3");
    assertThat(u.deductions().get(0).basis().isDefault()).isTrue();
    assertThat(u.score()).isEqualTo(new BigDecimal("92.00"));
    assertThat(r.profile()).isEqualTo(ProfileRef.of("zhashui-2021", "1"));
    assertThat(r.period()).isEqualTo(EvaluationPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
  }

  // --- units and names ---

  @Test
  void theUnitNameComesFromTheLatestRecordThenTheSmallestRecordId() {
    EvaluationResult r = new EvaluationInputs()
        .record(penalty("R9", Tier.MINOR, "2024-01-08").unit(A, "旧名称").published("2024-01-08").build())
        .record(penalty("R5", Tier.MINOR, "2024-02-01").unit(A, "新名称乙").published("2024-02-01").build())
        .record(penalty("R3", Tier.MINOR, "2024-02-01").unit(A, "新名称甲").published("2024-02-01").build())
        .evaluate(NATIONAL, "2024");
    // latest decidedOn 2024-02-01 twice: R3 < R5 → 新名称甲
    assertThat(only(r).name()).contains("新名称甲");
  }

  @Test
  void anOfficialsRecordBelongsToTheEmployer() {
    // a GOVERNMENT-system WARNING of an official of unit B: DISCIPLINARY_SANCTION GENERAL decided 2024-04-01,
    // not publicly disclosed (no publication deadline): 3 → 97.00, named after the employer
    EvaluationResult r = new EvaluationInputs()
        .record(TestRecords.official(Category.DISCIPLINARY_SANCTION, Tier.GENERAL, "2024-04-01", SanctionType.WARNING,
            null).unit(B, "某镇人民政府").build())
        .evaluate(NATIONAL, "2024");
    assertThat(only(r).unit()).isEqualTo(B.value());
    assertThat(only(r).name()).contains("某镇人民政府");
    assertThat(only(r).score()).isEqualByComparingTo("97");
  }

  @Test
  void aRecordThatCannotBeAssessedIsReportedNotDropped() {
    // PAYMENT_ARREARS is not a cn-national category: CATEGORY_NOT_IN_PROFILE, the unit is still listed
    EvaluationResult r = new EvaluationInputs()
        .record(TestRecords.org(Category.PAYMENT_ARREARS, Tier.GENERAL, "2024-03-01").id("PA-1").unit(C, "某区管委会")
            .build())
        .evaluate(NATIONAL, "2024");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.CATEGORY_NOT_IN_PROFILE);
      assertThat(p.recordId()).contains("PA-1");
    });
    assertThat(only(r).score()).isEqualByComparingTo("100");
  }

  @ParameterizedTest(name = "{0} → {1} .. {2}")
  @CsvSource({"2024, 2024-01-01, 2024-12-31", "2024-H1, 2024-01-01, 2024-06-30", "2024-H2, 2024-07-01, 2024-12-31",
      "2024-Q1, 2024-01-01, 2024-03-31", "2024-Q3, 2024-07-01, 2024-09-30", "2024-Q4, 2024-10-01, 2024-12-31"})
  void periodsParse(String text, LocalDate from, LocalDate to) {
    assertThat(EvaluationPeriod.parse(text)).isEqualTo(EvaluationPeriod.of(from, to));
  }

  @ParameterizedTest
  @CsvSource({"2024-Q5", "24", "2024-H3", "2024-q1", "2024-06"})
  void badPeriodsAreRejectedQuotingTheText(String text) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EvaluationPeriod.parse(text))
        .isInstanceOf(EvaluationPeriod.InvalidPeriodException.class).hasMessageContaining("'" + text + "'");
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> EvaluationPeriod.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 31)))
        .isInstanceOf(EvaluationPeriod.InvalidPeriodException.class).hasMessageContaining("2024-01-31");
  }

  static List<UnifiedSocialCreditCode> units() {
    return List.of(A, B, C, D);
  }
}
