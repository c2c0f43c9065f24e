package org.chengxin.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.chengxin.rules.internal.ProfilePlan.CategoryPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R-ERA: the era in force is chosen by comparing packed day keys; they must order days exactly as
 * {@link LocalDate#compareTo} does, so that "from ≤ decidedOn" is {@code !from.isAfter(decidedOn)}.
 */
class EraKeyTest {

  @ParameterizedTest
  @CsvSource({
      // the day before, the day itself and the day after an era's first day (2023-05-01, zhashui-2021's 2023 era)
      "2023-04-30, 2023-05-01", "2023-05-01, 2023-05-02", "2022-12-31, 2023-01-01", "2023-01-31, 2023-02-01",
      // the extremes of LocalDate
      "-999999999-01-01, -999999999-01-02", "+999999998-12-31, +999999999-01-01", "-0001-12-31, 0000-01-01"})
  void anEarlierDayHasASmallerKey(String earlier, String later) {
    LocalDate a = LocalDate.parse(earlier);
    LocalDate b = LocalDate.parse(later);
    assertThat(CategoryPlan.key(a)).isLessThan(CategoryPlan.key(b));
    assertThat(CategoryPlan.key(a)).isEqualTo(CategoryPlan.key(LocalDate.parse(earlier)));
  }

  @Test
  void keysOrderRandomDaysAsCompareToSeed4417() {
    SplittableRandom random = new SplittableRandom(4417L);
    long min = LocalDate.MIN.toEpochDay();
    long max = LocalDate.MAX.toEpochDay();
    for (int i = 0; i < 50_000; i++) {
      // half the pairs close together (same year or month), half anywhere
      LocalDate a = LocalDate.ofEpochDay(random.nextLong(min + 400, max - 399));
      LocalDate b = i % 2 == 0 ? LocalDate.ofEpochDay(random.nextLong(min, max + 1))
          : a.plusDays(random.nextInt(-400, 401));
      assertThat(Long.signum(CategoryPlan.key(a) - CategoryPlan.key(b))).as("%s vs %s", a, b)
          .isEqualTo(Integer.signum(a.compareTo(b)));
    }
  }
}
