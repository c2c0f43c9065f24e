package org.chengxin.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-ID-3: the form of a division code and its levels. */
class DivisionCodeTest {

  @ParameterizedTest(name = "R-ID-3 {0}: province {1}, prefecture {2}, province? {3}, prefecture? {4}, county? {5}")
  @CsvSource({
      "611026, 610000, 611000, false, false, true",
      "611000, 610000, 611000, false, true, false",
      "610000, 610000, 610000, true, false, false",
  })
  void levels(String text, String province, String prefecture, boolean isProvince, boolean isPrefecture,
      boolean isCounty) {
    DivisionCode code = DivisionCode.parse(text);
    assertThat(code.province().value()).isEqualTo(province);
    assertThat(code.prefecture().value()).isEqualTo(prefecture);
    assertThat(code.isProvince()).isEqualTo(isProvince);
    assertThat(code.isPrefecture()).isEqualTo(isPrefecture);
    assertThat(code.isCounty()).isEqualTo(isCounty);
  }

  @ParameterizedTest(name = "R-ID-3 DIVISION_FORMAT: ''{0}''")
  @CsvSource({"61102, 5 characters", "6110260, 7 characters", "61102A, non-digit 'A' at position 6", "'', 0"})
  void malformed(String text, String messagePart) {
    IdentifierException e = DivisionCode.check(text).orElseThrow();
    assertThat(e.code()).isEqualTo(ProblemCode.DIVISION_FORMAT);
    assertThat(e.getMessage()).contains("'" + text + "'").contains(messagePart);
    assertThat(DivisionCode.isValid(text)).isFalse();
  }

  @Test
  void wellFormedButUnknownIsStillAWellFormedCode() {
    // 999999 is six digits (valid form) but no division: a WARNING DIVISION_UNKNOWN elsewhere, never an error here
    assertThat(DivisionCode.isValid("999999")).isTrue();
    assertThat(DivisionCode.parse("999999").isKnown()).isFalse();
    assertThat(DivisionCode.parse("611026").isKnown()).isTrue();
    assertThat(ProblemCode.DIVISION_UNKNOWN.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void jurisdictionUnits() {
    JurisdictionUnits units = JurisdictionUnits.standard();
    assertThat(units.isKnown("SHENFU")).isTrue();
    assertThat(units.isKnown("611026")).isTrue();
    assertThat(units.isKnown("XIONGAN")).isFalse();
    assertThat(units.with("XIONGAN", "雄安新区", "Xiong'an New Area", "130000").isKnown("XIONGAN")).isTrue();
    assertThat(units.unit("SHENFU").orElseThrow().parentDivision()).contains("210000");
    assertThat(JurisdictionUnits.checkForm("SHENFU")).isEmpty();
    assertThat(JurisdictionUnits.checkForm("999999")).isEmpty();
    assertThat(JurisdictionUnits.checkForm("shenfu").orElseThrow().code()).isEqualTo(ProblemCode.DIVISION_FORMAT);
    assertThat(JurisdictionUnits.checkForm("61102").orElseThrow().code()).isEqualTo(ProblemCode.DIVISION_FORMAT);
  }
}
