package org.chengxin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-ID-2 examples (SPEC §2) and the masking of SPEC §6. */
class CitizenIdNumberTest {

  /*
   * Check character of 11010519491231002X, by hand (weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2):
   *   1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5 + 0·8 + 0·4 + 2·2
   *   = 7 + 9 + 5 + 20 + 2 + 9 + 24 + 27 + 7 + 18 + 30 + 5 + 4 = 167; 167 mod 11 = 2 → "10X98765432"[2] = 'X'.
   * 440524188001010014: 28 + 36 + 0 + 25 + 16 + 16 + 2 + 8 + 48 + 0 + 0 + 9 + 0 + 5 + 0 + 0 + 2 = 195;
   *   195 mod 11 = 8 → "10X98765432"[8] = '4'.
   */
  @ParameterizedTest(name = "R-ID-2 valid: {0}")
  @CsvSource({
      "11010519491231002X, X, 1949-12-31, 110105, 110105********002X",
      "440524188001010014, 4, 1880-01-01, 440524, 440524********0014",
  })
  void validNumbersFromTheSpec(String text, char check, LocalDate birth, String division, String masked) {
    assertThat(CitizenIdNumber.isValid(text)).isTrue();
    assertThat(CitizenIdNumber.checkCharacter(text.substring(0, 17))).isEqualTo(check);
    CitizenIdNumber id = CitizenIdNumber.parse(text);
    assertThat(id.value()).isEqualTo(text);
    assertThat(id.birthDate()).isEqualTo(birth);
    assertThat(id.divisionCode()).isEqualTo(division);
    assertThat(id.masked()).isEqualTo(masked);
    assertThat(id.toString()).isEqualTo(masked);
  }

  @ParameterizedTest(name = "R-ID-2 {1}: {0}")
  @CsvSource({
      // lower-case x is an error (R-ID-2, like R-ID-1's lower case)
      "11010519491231002x, ID_FORMAT, lower-case x",
      "11010519491231002Y, ID_FORMAT, 18 must be a digit or X",
      "11010519491231002, ID_FORMAT, 17 characters",
      "11010519491231002X0, ID_FORMAT, 19 characters",
      "1101051949123100AX, ID_FORMAT, character 17 is not a digit",
      "X1010519491231002X, ID_FORMAT, character 1 is not a digit",
      // 1949-02-30 and month 13 are not real dates; year 0000 does not exist
      "110105194902300028, ID_BIRTHDATE, not a real date",
      "110105194913010028, ID_BIRTHDATE, not a real date",
      "110105000001010028, ID_BIRTHDATE, not a real date",
      // good form and date, wrong check character (the right one is X)
      "110105194912310021, ID_CHECKSUM, check character",
      "440524188001010015, ID_CHECKSUM, check character",
  })
  void everyProblemCodeTheCheckProduces(String text, ProblemCode expected, String messagePart) {
    IdentifierException e = CitizenIdNumber.check(text).orElseThrow();
    assertThat(e.code()).isEqualTo(expected);
    assertThat(e.detailEn()).contains(messagePart);
    assertThat(e.detailZh()).isNotBlank();
    assertThat(CitizenIdNumber.isValid(text)).isFalse();
    assertThatThrownBy(() -> CitizenIdNumber.parse(text)).isInstanceOf(IdentifierException.class);
  }

  @Test
  void noMessageLeaksTheNumberOrItsBirthDate() {
    String text = "110105194902300028";
    IdentifierException e = CitizenIdNumber.check(text).orElseThrow();
    assertThat(e.getMessage()).doesNotContain(text).doesNotContain("19490230");
    assertThat(e.value()).contains("110105********0028");
    assertThat(e.toProblem("/subject/idNumber").message(Language.ZH)).doesNotContain("19490230");
  }

  @ParameterizedTest(name = "R-ID-2 decided {0}: birth-date problem? {1}")
  @CsvSource({
      // 11010519491231002X is born 1949-12-31: a decision that day or later is fine, the day before is not
      "1949-12-31, false",
      "2024-01-08, false",
      "1949-12-30, true",
  })
  void theBirthDateIsNotAfterTheDecisionDate(LocalDate decidedOn, boolean problem) {
    CitizenIdNumber id = CitizenIdNumber.parse("11010519491231002X");
    assertThat(id.checkBornOnOrBefore(decidedOn).isPresent()).isEqualTo(problem);
    id.checkBornOnOrBefore(decidedOn).ifPresent(e -> {
      assertThat(e.code()).isEqualTo(ProblemCode.ID_BIRTHDATE);
      assertThat(e.value()).contains("110105********002X");
      assertThat(e.getMessage()).doesNotContain("1949-12-31").contains(decidedOn.toString());
    });
  }

  @ParameterizedTest(name = "mask({0}) = {1}")
  @CsvSource({
      "11010519491231002X, 110105********002X",
      // an old 15-digit number: first 6 + 8 stars + last 4
      "110105491231002, 110105********1002",
      // shorter than 14: all stars, else first 6 + last 4 would show nearly everything
      "1101051949123, *************",
      "'', ''",
  })
  void masking(String text, String masked) {
    assertThat(CitizenIdNumber.mask(text)).isEqualTo(masked);
  }

  @Test
  void maskOfNullIsNull() {
    assertThat(CitizenIdNumber.mask(null)).isNull();
    assertThat(CitizenIdNumber.isValid(null)).isFalse();
  }

  @Test
  void equality() {
    assertThat(CitizenIdNumber.parse("11010519491231002X"))
        .isEqualTo(CitizenIdNumber.parse("11010519491231002X"))
        .hasSameHashCodeAs(CitizenIdNumber.parse("11010519491231002X"))
        .isNotEqualTo(CitizenIdNumber.parse("440524188001010014"));
  }
}
