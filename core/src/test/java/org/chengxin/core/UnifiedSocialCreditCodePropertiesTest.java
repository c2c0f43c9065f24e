package org.chengxin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * R-ID-1 properties over random codes: Instancio (fixed {@link Seed}) supplies one {@code long} per case, which
 * seeds the code's generator, so every case is reproducible from the seed and the invocation index. The weights are 3<sup>i</sup> mod 31, all non-zero modulo the prime
 * 31, and two alphabet values differ by 1..30, so a change of one character of the body changes Σ value·weight
 * mod 31 and with it the check character; a change of the check character itself is caught directly. So every
 * single substitution must be detected.
 */
@ExtendWith(InstancioExtension.class)
class UnifiedSocialCreditCodePropertiesTest {

  private static final String ALPHABET = UnifiedSocialCreditCode.ALPHABET;

  static String randomBody(SplittableRandom random) {
    StringBuilder body = new StringBuilder(17);
    for (int i = 0; i < 17; i++) {
      body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return body.toString();
  }

  @ParameterizedTest
  @InstancioSource(samples = 2_000)
  @Seed(20240108L)
  void anyBodyWithItsComputedCheckCharacterIsValid(long seed) {
    String body = randomBody(new SplittableRandom(seed));
    String code = body + UnifiedSocialCreditCode.checkCharacter(body);
    assertThat(UnifiedSocialCreditCode.check(code)).as(code).isEmpty();
    assertThat(UnifiedSocialCreditCode.parse(code).value()).isEqualTo(code);
  }

  @ParameterizedTest
  @InstancioSource(samples = 2_000)
  @Seed(20240109L)
  void everySingleCharacterSubstitutionIsDetected(long seed) {
    List<String> undetected = new ArrayList<>();
    long changes = 0;
    String body = randomBody(new SplittableRandom(seed));
    String code = body + UnifiedSocialCreditCode.checkCharacter(body);
    for (int position = 0; position < 18; position++) {
      for (int k = 0; k < ALPHABET.length(); k++) {
        char other = ALPHABET.charAt(k);
        if (other == code.charAt(position)) {
          continue;
        }
        String changed = code.substring(0, position) + other + code.substring(position + 1);
        changes++;
        if (UnifiedSocialCreditCode.check(changed)
            .filter(e -> e.code() == ProblemCode.USCC_CHECKSUM).isEmpty()) {
          undetected.add(code + " → " + changed);
        }
      }
    }
    // 18 positions × 30 other characters, for each of the 2,000 codes
    assertThat(changes).isEqualTo(18L * 30);
    assertThat(undetected).isEmpty();
  }

  @Test
  void theSpecExamplesSurviveNoSubstitution() {
    for (String code : List.of("11230500001755309F", "9144030071526726XG")) {
      for (int position = 0; position < 18; position++) {
        for (char other : ALPHABET.toCharArray()) {
          if (other != code.charAt(position)) {
            String changed = code.substring(0, position) + other + code.substring(position + 1);
            assertThat(UnifiedSocialCreditCode.isValid(changed)).as(changed).isFalse();
          }
        }
      }
    }
  }

  /** parse and isValid take a one-pass fast path; they must agree with {@link UnifiedSocialCreditCode#check}. */
  @ParameterizedTest
  @InstancioSource(samples = 2_000)
  @Seed(19491235L)
  void parseAndIsValidAgreeWithCheck(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String body = randomBody(random);
    StringBuilder b = new StringBuilder(body).append(UnifiedSocialCreditCode.checkCharacter(body));
    int change = random.nextInt(4);
    if (change == 1) {
      b.setCharAt(random.nextInt(18), "IOSVZa0Y\u00e9".charAt(random.nextInt(9)));
    } else if (change == 2) {
      b.setLength(random.nextInt(20));
    } else if (change == 3) {
      b.append('0');
    }
    String code = b.toString();
    var problem = UnifiedSocialCreditCode.check(code);
    assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isEqualTo(problem.isEmpty());
    if (problem.isEmpty()) {
      assertThat(UnifiedSocialCreditCode.parse(code).value()).isEqualTo(code);
    } else {
      assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code)).isInstanceOf(IdentifierException.class)
          .extracting(e -> ((IdentifierException) e).code()).isEqualTo(problem.get().code());
    }
  }
}
