package org.chengxin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-ID-1 examples (SPEC §2). */
class UnifiedSocialCreditCodeTest {

  /*
   * Check character of 11230500001755309F, by hand (weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28):
   *   1·1 + 1·3 + 2·9 + 3·27 + 0·19 + 5·26 + 0·16 + 0·17 + 0·20 + 0·29 + 1·25 + 7·13 + 5·8 + 5·24 + 3·10 + 0·30
   *   + 9·28 = 1 + 3 + 18 + 81 + 130 + 25 + 91 + 40 + 120 + 30 + 252 = 791; 791 mod 31 = 16 (775 = 25·31);
   *   31 − 16 = 15 → ALPHABET[15] = 'F'.
   * Check character of 9144030071526726XG (X = 29, G = 16):
   *   9 + 3 + 36 + 108 + 0 + 78 + 0 + 0 + 140 + 29 + 125 + 26 + 48 + 168 + 20 + 180 + 29·28 (812) = 1782;
   *   1782 mod 31 = 15 (1767 = 57·31); 31 − 15 = 16 → 'G'.
   * 911100001000000000: 9·1 + 1·3 + 1·9 + 1·27 + 1·20 = 68; 68 mod 31 = 6; 31 − 6 = 25 → 'R', not '0'.
   */
  @ParameterizedTest(name = "R-ID-1 valid: {0}")
  @CsvSource({
      "11230500001755309F, F, 230500, 11, 1",
      "9144030071526726XG, G, 440300, 91, 9",
  })
  void validCodesFromTheSpec(String text, char check, String division, String prefix, char department) {
    assertThat(UnifiedSocialCreditCode.isValid(text)).isTrue();
    assertThat(UnifiedSocialCreditCode.check(text)).isEmpty();
    assertThat(UnifiedSocialCreditCode.checkCharacter(text.substring(0, 17))).isEqualTo(check);
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(text);
    assertThat(code.value()).isEqualTo(text);
    assertThat(code.toString()).isEqualTo(text);
    assertThat(code.divisionCode()).isEqualTo(division);
    assertThat(code.typePrefix()).isEqualTo(prefix);
    assertThat(code.registrationDepartment()).isEqualTo(department);
  }

  @Test
  void theSpecsInvalidExampleHasTheWrongCheckCharacter() {
    IdentifierException e = UnifiedSocialCreditCode.check("911100001000000000").orElseThrow();
    assertThat(e.code()).isEqualTo(ProblemCode.USCC_CHECKSUM);
    assertThat(e.getMessage()).contains("911100001000000000").contains("'R'");
    assertThat(e.detailZh()).contains("'R'");
    assertThat(e.value()).contains("911100001000000000");
    assertThat(UnifiedSocialCreditCode.isValid("91110000100000000R")).isTrue();
  }

  @ParameterizedTest(name = "R-ID-1 {1}: {0}")
  @CsvSource({
      // lower case is an error, never upper-cased (R-ID-1)
      "11230500001755309f, USCC_FORMAT, lower case",
      "9144030071526726xG, USCC_FORMAT, lower case",
      // length
      "11230500001755309, USCC_FORMAT, 17 characters",
      "11230500001755309FF, USCC_FORMAT, 19 characters",
      "'', USCC_FORMAT, 0 characters",
      // I, O, S, V, Z are not in the alphabet
      "I1230500001755309F, USCC_FORMAT, outside",
      "11230500001755309O, USCC_FORMAT, outside",
      "1123050000175530SF, USCC_FORMAT, outside",
      "112305000017553V9F, USCC_FORMAT, outside",
      "11230500001755309Z, USCC_FORMAT, outside",
      "11230500 01755309F, USCC_FORMAT, outside",
      // a good alphabet but a wrong check character
      "11230500001755309E, USCC_CHECKSUM, the check character is 'F'",
      "21230500001755309F, USCC_CHECKSUM, the check character is",
  })
  void everyProblemCodeTheCheckProduces(String text, ProblemCode expected, String messagePart) {
    IdentifierException e = UnifiedSocialCreditCode.check(text).orElseThrow();
    assertThat(e.code()).isEqualTo(expected);
    assertThat(e.getMessage()).contains(messagePart).contains("'" + text + "'");
    assertThat(UnifiedSocialCreditCode.isValid(text)).isFalse();
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(text))
        .isInstanceOf(IdentifierException.class)
        .extracting(t -> ((IdentifierException) t).code()).isEqualTo(expected);
  }

  @Test
  void theProblemCarriesBothLanguagesAndTheValue() {
    Problem p = UnifiedSocialCreditCode.check("11230500001755309f").orElseThrow().toProblem("/subject/uscc");
    assertThat(p.code()).isEqualTo(ProblemCode.USCC_FORMAT);
    assertThat(p.path()).isEqualTo("/subject/uscc");
    assertThat(p.value()).contains("11230500001755309f");
    assertThat(p.message(Language.EN)).contains("position 18").contains("lower case");
    assertThat(p.message(Language.ZH)).contains("第 18 位").contains("小写");
  }

  @Test
  void nullIsNotValidButNamedWhenParsed() {
    assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(null)).hasMessageContaining("text");
  }

  @Test
  void checkCharacterRejectsABadBody() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("1123050000175530"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("17 characters");
    assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("1123050000175530I"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 17");
  }

  @Test
  void equalityAndOrderFollowTheCharacters() {
    UnifiedSocialCreditCode a = UnifiedSocialCreditCode.parse("11230500001755309F");
    UnifiedSocialCreditCode b = UnifiedSocialCreditCode.parse("9144030071526726XG");
    assertThat(a).isEqualTo(UnifiedSocialCreditCode.parse("11230500001755309F")).isNotEqualTo(b);
    assertThat(a.hashCode()).isEqualTo(UnifiedSocialCreditCode.parse("11230500001755309F").hashCode());
    assertThat(a.compareTo(b)).isNegative();
  }
}
