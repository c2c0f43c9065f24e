package org.chengxin.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.chengxin.core.CitizenIdNumber;
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

  /**
   * Seed 43: 2,000 valid ID numbers (a random division, a birth date from 1900-01-01 on, a sequence number, the
   * check character of R-ID-2) and the example of the Javadoc: the same number, birth date and mask as parse.
   */
  @Test
  void makesTheCitizenIdParseMakes() {
    SplittableRandom random = new SplittableRandom(43);
    for (int k = 0; k < 2_000; k++) {
      LocalDate born = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
      String body = String.format(java.util.Locale.ROOT, "%06d%04d%02d%02d%03d", 110_000 + random.nextInt(550_000),
          born.getYear(), born.getMonthValue(), born.getDayOfMonth(), random.nextInt(1_000));
      String id = body + CitizenIdNumber.checkCharacter(body);
      CitizenIdNumber made = CheckedIdentifiers.citizenId(id, born);
      CitizenIdNumber parsed = CitizenIdNumber.parse(id);
      assertThat(made).isEqualTo(parsed);
      assertThat(made.birthDate()).isEqualTo(parsed.birthDate()).isEqualTo(born);
      assertThat(made.masked()).isEqualTo(parsed.masked());
    }
    // R-ID-2 example: weights·digits of 11010519491231002 sum to 167, 167 mod 11 = 2 → "10X98765432"[2] = 'X'
    assertThat(CheckedIdentifiers.citizenId("11010519491231002X", LocalDate.of(1949, 12, 31)).masked())
        .isEqualTo("110105********002X");
  }

  @Test
  void takesNoOtherCitizenIdMaker() {
    assertThatThrownBy(() -> CheckedIdentifiers.install((String s, LocalDate d) -> CitizenIdNumber.parse(s)))
        .isInstanceOf(IllegalStateException.class);
  }

  /** With assertions enabled, a number with another birth date than its digits' is refused all the same. */
  @Test
  void checksTheCitizenIdAnywayWithAssertionsEnabled() {
    Assumptions.assumeTrue(CitizenIdNumber.class.desiredAssertionStatus(), "assertions disabled");
    assertThatThrownBy(() -> CheckedIdentifiers.citizenId("11010519491231002X", LocalDate.of(1949, 12, 30)))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> CheckedIdentifiers.citizenId("110105194912310021", LocalDate.of(1949, 12, 31)))
        .isInstanceOf(AssertionError.class); // check character should be 'X'
  }
}
