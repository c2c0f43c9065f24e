package org.chengxin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * R-ID-2 properties over random numbers: Instancio (fixed {@link Seed}) supplies one {@code long} per case, which
 * seeds the number's generator, so every case is reproducible. The weights are 2<sup>17−i</sup> mod 11, all non-zero modulo the
 * prime 11, and two digits differ by 1..9, so changing one of the first 17 digits changes Σ mod 11 and the
 * expected check character ({@code "10X98765432"} has 11 distinct characters); changing the 18th is caught
 * directly. A change inside the birth date may instead make the date unreal ({@code ID_BIRTHDATE}): still
 * detected, which is what the property asks.
 */
@ExtendWith(InstancioExtension.class)
class CitizenIdNumberPropertiesTest {

  private static final String ALLOWED_LAST = "0123456789X";
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
  private static final LocalDate FIRST = LocalDate.of(1880, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

  static String randomValid(SplittableRandom random) {
    StringBuilder body = new StringBuilder(17);
    for (int i = 0; i < 6; i++) {
      body.append((char) ('0' + random.nextInt(10)));
    }
    LocalDate birth = FIRST.plusDays(random.nextLong(LAST.toEpochDay() - FIRST.toEpochDay() + 1));
    body.append(birth.format(YYYYMMDD));
    for (int i = 0; i < 3; i++) {
      body.append((char) ('0' + random.nextInt(10)));
    }
    return body.toString() + CitizenIdNumber.checkCharacter(body);
  }

  @ParameterizedTest
  @InstancioSource(samples = 2_000)
  @Seed(19491231L)
  void anyBodyWithARealDateAndItsComputedCheckCharacterIsValid(long seed) {
    String id = randomValid(new SplittableRandom(seed));
    assertThat(CitizenIdNumber.check(id)).as(CitizenIdNumber.mask(id)).isEmpty();
    assertThat(CitizenIdNumber.parse(id).birthDate().format(YYYYMMDD)).isEqualTo(id.substring(6, 14));
  }

  @ParameterizedTest
  @InstancioSource(samples = 2_000)
  @Seed(19491232L)
  void everySingleCharacterSubstitutionIsDetected(long seed) {
    String id = randomValid(new SplittableRandom(seed));
    List<String> undetected = new ArrayList<>();
    long changes = 0;
    for (int position = 0; position < 18; position++) {
      String allowed = position < 17 ? "0123456789" : ALLOWED_LAST;
      for (char other : allowed.toCharArray()) {
        if (other == id.charAt(position)) {
          continue;
        }
        String changed = id.substring(0, position) + other + id.substring(position + 1);
        changes++;
        if (CitizenIdNumber.isValid(changed)) {
          undetected.add(id + " → " + changed);
        }
      }
    }
    // per number (2,000 of them): 17 positions × 9 other digits + 10 other check characters
    assertThat(changes).isEqualTo(17L * 9 + 10);
    assertThat(undetected).isEmpty();
  }

  @ParameterizedTest
  @InstancioSource(samples = 2_000)
  @Seed(19491233L)
  void maskingShowsOnlyTheFirstSixAndTheLastFour(long seed) {
    String id = randomValid(new SplittableRandom(seed));
    String masked = CitizenIdNumber.parse(id).masked();
    assertThat(masked).hasSize(18)
        .startsWith(id.substring(0, 6))
        .endsWith(id.substring(14))
        .isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
    assertThat(masked.substring(6, 14)).isEqualTo("********");
    assertThat(CitizenIdNumber.parse(id).toString()).isEqualTo(masked);
  }

  /**
   * parse and isValid take a one-pass fast path; they must agree with {@link CitizenIdNumber#check} on every
   * string, including unreal dates (month 00/13, day 00/31 in a 30-day month, 29 February in a common year,
   * year 0000) and characters just outside '0'..'9'.
   */
  @ParameterizedTest
  @InstancioSource(samples = 2_000)
  @Seed(19491234L)
  void parseAndIsValidAgreeWithCheck(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] dates = {"00000101", "20230229", "20240229", "19000229", "20000229", "20241301", "20240001",
        "20240100", "20240431", "20241231", "00010101"};
    StringBuilder b = new StringBuilder(randomValid(random));
    if (random.nextBoolean()) {
      b.replace(6, 14, dates[random.nextInt(dates.length)]);
      b.setLength(17);
      b.append(CitizenIdNumber.checkCharacter(b));
    }
    if (random.nextInt(3) == 0) {
      b.setCharAt(random.nextInt(18), "/:Xx0A".charAt(random.nextInt(6)));
    }
    String id = b.toString();
    var problem = CitizenIdNumber.check(id);
    assertThat(CitizenIdNumber.isValid(id)).as(id).isEqualTo(problem.isEmpty());
    if (problem.isEmpty()) {
      assertThat(CitizenIdNumber.parse(id).birthDate().format(YYYYMMDD)).isEqualTo(id.substring(6, 14));
    } else {
      assertThatThrownBy(() -> CitizenIdNumber.parse(id)).isInstanceOf(IdentifierException.class)
          .extracting(e -> ((IdentifierException) e).code()).isEqualTo(problem.get().code());
    }
  }
}
