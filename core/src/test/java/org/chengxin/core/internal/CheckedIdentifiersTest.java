package org.chengxin.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.chengxin.core.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Codes made from checked text are the codes {@code parse} makes; nobody else can lend a maker. */
class CheckedIdentifiersTest {

  /** Seed 41: 2,000 valid codes (body random, check character from R-ID-1) and the example of the Javadoc. */
  @Test
  void makesTheCodeParseMakes() {
    SplittableRandom random = new SplittableRandom(41);
    String alphabet = UnifiedSocialCreditCode.ALPHABET;
    for (int k = 0; k < 2_000; k++) {
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < 17; i++) {
        body.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String code = body.toString() + UnifiedSocialCreditCode.checkCharacter(body);
      UnifiedSocialCreditCode made = CheckedIdentifiers.uscc(code);
      assertThat(made).isEqualTo(UnifiedSocialCreditCode.parse(code));
      assertThat(made.value()).isEqualTo(code);
    }
    // R-ID-1 example: Σ = 791, 791 mod 31 = 16, 31 − 16 = 15 → 'F'
    assertThat(CheckedIdentifiers.uscc("11230500001755309F").typePrefix()).isEqualTo("11");
  }

  @Test
  void takesNoOtherMaker() {
    assertThatThrownBy(() -> CheckedIdentifiers.install(UnifiedSocialCreditCode::parse))
        .isInstanceOf(IllegalStateException.class);
  }

  /** With assertions enabled (as Surefire runs tests), text that was not checked is refused all the same. */
  @Test
  void checksAnywayWithAssertionsEnabled() {
    Assumptions.assumeTrue(UnifiedSocialCreditCode.class.desiredAssertionStatus(), "assertions disabled");
    assertThatThrownBy(() -> CheckedIdentifiers.uscc("911100001000000000")) // check character should be 'R'
        .isInstanceOf(AssertionError.class);
  }
}
