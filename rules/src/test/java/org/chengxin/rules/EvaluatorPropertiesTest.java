package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.rules.ProfileValuesTest.PROFILES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.chengxin.core.LitigationOutcome;
import org.chengxin.core.Tier;
import org.chengxin.core.UnifiedSocialCreditCode;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * SPEC §7 properties over 1,000 random inputs each (Instancio, with a fixed {@link Seed} per property, supplies
 * one {@code long} per case that seeds the input's generator): a score stays in [0, 100]; adding a deduction-causing
 * item never raises a unit's score; the result does not depend on input order.
 */
@ExtendWith(InstancioExtension.class)
class EvaluatorPropertiesTest {

  private static final int CASES = 1000;
  private static final Profile PROFILE = PROFILES.get("qinhuangdao-transport-2021");
  private static final UnifiedSocialCreditCode[] UNITS = {
      EvaluationInputs.unit(11), EvaluationInputs.unit(12), EvaluationInputs.unit(13), EvaluationInputs.unit(14)};
  private static final String[] PERIODS = {"2024", "2024-H1", "2024-H2", "2024-Q2", "2024-Q4"};

  private static String day(Random random) {
    // 2023-07-01 .. 2025-03-31
    return LocalDate.of(2023, 7, 1).plusDays(random.nextInt(640)).toString();
  }

  private static String after(Random random, String day, int days) {
    return LocalDate.parse(day).plusDays(random.nextInt(days)).toString();
  }

  private static UnifiedSocialCreditCode someUnit(Random random) {
    return UNITS[random.nextInt(UNITS.length)];
  }

  /** Adds one random item of any kind. */
  private static void addAny(Random random, EvaluationInputs in, int serial) {
    UnifiedSocialCreditCode unit = someUnit(random);
    switch (random.nextInt(4)) {
      case 0 -> {
        String decided = day(random);
        TestRecords r = TestRecords.penalty(Tier.values()[random.nextInt(3)], decided).id("R" + serial)
            .unit(unit, "单位" + unit.value().substring(14));
        if (random.nextBoolean()) {
          r.published(after(random, decided, 20));
        }
        if (random.nextBoolean()) {
          r.rectificationDue(after(random, decided, 200));
        }
        if (random.nextInt(4) == 0) {
          r.rectified(after(random, decided, 300));
        }
        in.record(r.build());
      }
      case 1 -> {
        String made = day(random);
        in.commitment(unit, made, after(random, made, 200), random.nextBoolean() ? after(random, made, 250) : null,
            random.nextInt(3) == 0 ? after(random, made, 250) : null);
      }
      case 2 -> {
        String received = day(random);
        in.complaint(unit, received, after(random, received, 30),
            random.nextBoolean() ? after(random, received, 60) : null,
            random.nextBoolean() ? random.nextBoolean() : null);
      }
      default -> in.litigation(unit, day(random), LitigationOutcome.values()[random.nextInt(4)],
          random.nextBoolean() ? day(random) : null);
    }
  }

  private static EvaluationInputs randomInputs(Random random) {
    EvaluationInputs in = new EvaluationInputs();
    int n = 1 + random.nextInt(12);
    for (int i = 0; i < n; i++) {
      addAny(random, in, i);
    }
    return in;
  }

  private static Map<String, BigDecimal> scores(EvaluationResult r) {
    return r.units().stream().collect(Collectors.toMap(UnitEvaluation::unit, UnitEvaluation::score));
  }

  @ParameterizedTest
  @InstancioSource(samples = CASES)
  @Seed(20240701L)
  void scoresStayWithinZeroAndHundred(long seed) {
    Random random = new Random(seed);
    EvaluationResult r = randomInputs(random).evaluate(PROFILE, PERIODS[random.nextInt(PERIODS.length)]);
    for (UnitEvaluation u : r.units()) {
      assertThat(u.score()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
      assertThat(u.score().scale()).isEqualTo(2);
      assertThat(u.deductions()).allSatisfy(d -> assertThat(d.count()).isPositive());
    }
  }

  @ParameterizedTest
  @InstancioSource(samples = CASES)
  @Seed(20240702L)
  void addingADeductionCausingItemNeverRaisesAScore(long seed) {
    Random random = new Random(seed);
    EvaluationInputs in = randomInputs(random);
    String period = PERIODS[random.nextInt(PERIODS.length)];
    EvaluationPeriod p = EvaluationPeriod.parse(period);
    Map<String, BigDecimal> before = scores(in.evaluate(PROFILE, period));
    UnifiedSocialCreditCode unit = someUnit(random);
    String inPeriod = p.from().plusDays(random.nextInt((int) (p.to().toEpochDay() - p.from().toEpochDay()) + 1))
        .toString();
    switch (random.nextInt(4)) {
      // an unpublished SERIOUS record decided in the period: active, maybe OVERDUE
      case 0 -> in.record(TestRecords.penalty(Tier.SERIOUS, inPeriod).id("X").unit(unit, "新增单位").build());
      // a commitment broken in the period
      case 1 -> in.commitment(unit, p.from().minusDays(10).toString(), p.to().plusDays(100).toString(), null,
          inPeriod);
      // a complaint due in the period and still open
      case 2 -> in.complaint(unit, p.from().minusDays(5).toString(), inPeriod, null, null);
      // a LOST case concluded in the period, never performed: the loss rate cannot fall
      default -> in.litigation(unit, inPeriod, LitigationOutcome.LOST, null);
    }
    Map<String, BigDecimal> after = scores(in.evaluate(PROFILE, period));
    String key = unit.value();
    assertThat(after.get(key)).as("seed %d", seed).isLessThanOrEqualTo(before.getOrDefault(key, BigDecimal.valueOf(100)));
    // every other unit is untouched
    before.forEach((u, s) -> assertThat(after.get(u)).as("seed %d, unit %s", seed, u)
        .isEqualByComparingTo(u.equals(key) ? after.get(u) : s));
  }

  @ParameterizedTest
  @InstancioSource(samples = CASES)
  @Seed(20240703L)
  void theResultDoesNotDependOnInputOrder(long seed) {
    Random random = new Random(seed);
    EvaluationInputs in = randomInputs(random);
    String period = PERIODS[random.nextInt(PERIODS.length)];
    EvaluationResult expected = in.evaluate(PROFILE, period);
    EvaluationInputs shuffled = new EvaluationInputs();
    shuffled.records.addAll(shuffle(in.records, random));
    shuffled.commitments.addAll(shuffle(in.commitments, random));
    shuffled.complaints.addAll(shuffle(in.complaints, random));
    shuffled.litigation.addAll(shuffle(in.litigation, random));
    assertThat(shuffled.evaluate(PROFILE, period)).isEqualTo(expected);
  }

  private static <T> List<T> shuffle(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

}
