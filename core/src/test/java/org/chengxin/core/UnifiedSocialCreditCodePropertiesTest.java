package org.chengxin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * R-ID-1 properties over seeded random codes. The weights are 3<sup>i</sup> mod 31, all non-zero modulo the prime
 * 31, and two alphabet values differ by 1..30, so a change of one character of the body changes Σ value·weight
 * mod 31 and with it the check character; a change of the check character itself is caught directly. So every
 * single substitution must be detected.
 */
class UnifiedSocialCreditCodePropertiesTest {

  private static final long SEED = 20240108L;
  private static final int CASES = 2_000;
  private static final String ALPHABET = UnifiedSocialCreditCode.ALPHABET;

  static String randomBody(SplittableRandom random) {
    StringBuilder body = new StringBuilder(17);
    for (int i = 0; i < 17; i++) {
      body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return body.toString();
  }

  @Test
  void anyBodyWithItsComputedCheckCharacterIsValid_seed20240108() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int n = 0; n < CASES; n++) {
      String body = randomBody(random);
      String code = body + UnifiedSocialCreditCode.checkCharacter(body);
      assertThat(UnifiedSocialCreditCode.check(code)).as(code).isEmpty();
      assertThat(UnifiedSocialCreditCode.parse(code).value()).isEqualTo(code);
    }
  }

  @Test
  void everySingleCharacterSubstitutionIsDetected_seed20240108() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    List<String> undetected = new ArrayList<>();
    long changes = 0;
    for (int n = 0; n < CASES; n++) {
      String body = randomBody(random);
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
    }
    // 2,000 codes × 18 positions × 30 other characters
    assertThat(changes).isEqualTo(2_000L * 18 * 30);
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
}
