package org.chengxin.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * R-ID-3: the national list read by the quick scan (codes as sorted numbers, names read on demand) answers exactly
 * what the line reader's sorted map answers, for every six-digit string.
 */
class DivisionRegistryQuickTest {

  private static String nationalText() throws IOException {
    try (InputStream in = DivisionRegistry.class.getClassLoader()
        .getResourceAsStream(DivisionRegistry.NATIONAL_RESOURCE)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  private static Map<String, String> lineReader(String text) throws IOException {
    Map<String, String> names = new TreeMap<>();
    DivisionRegistry.read(new ByteArrayInputStream(text.getBytes(UTF_8)), "test", names);
    return names;
  }

  @Test
  void everyCodeOfTheNationalListIsAnsweredAsTheLineReaderDoes() throws IOException {
    String text = nationalText();
    Map<String, String> expected = lineReader(text);
    DivisionRegistry quick = DivisionRegistry.quick(text);
    assertThat(quick).as("the national file takes the quick scan").isNotNull();
    assertThat(expected).hasSize(3348); // the file has 3,353 lines: 5 comment lines and 3,348 codes
    assertThat(quick.codes()).containsExactlyEntriesOf(expected);
    // every six-digit string, known or not: 000000 … 999999
    for (int v = 0; v < 1_000_000; v++) {
      String code = String.format(java.util.Locale.ROOT, "%06d", v);
      String name = expected.get(code);
      assertThat(quick.isKnown(code)).as(code).isEqualTo(name != null);
      if (name != null) {
        assertThat(quick.name(code)).as(code).isEqualTo(Optional.of(name));
      }
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"61102", "6110260", "61102x", "６１１０２６", " 611026", "611026 ", "", "-11026"})
  void notSixAsciiDigitsIsUnknown(String code) throws IOException {
    DivisionRegistry quick = DivisionRegistry.quick(nationalText());
    assertThat(quick.isKnown(code)).isFalse();
    assertThat(quick.name(code)).isEmpty();
    assertThat(quick.isKnown(null)).isFalse();
    assertThat(quick.name(null)).isEmpty();
  }

  /** Files the quick scan does not take (the line reader reads them, and words any error). */
  @ParameterizedTest(name = "{index}")
  @ValueSource(strings = {
      "110000 北京市\r\n", " 110000 北京市\n", "110000 北京市 \n", "110000  北京市\n", "110000\n", "110000 \n",
      "120000 天津市\n110000 北京市\n", "110000 北京市\n110000 北京\n", "1100000 北京市\n", "11000x 北京市\n",
      "\uFEFF110000 北京市\n", "110000\t北京市\n", "   \n110000 北京市\n", "110000 北京市\u3000\n",
      // white space outside ASCII (Character.isWhitespace), at either end of a name, read from the UTF-8 bytes
      "110000 \u3000北京市\n", "110000 \u1680北京市\n", "110000 北京市\u1680\n", "110000 \u2000北京市\n",
      "110000 北京市\u2028\n", "110000 北京市\u2029", "110000 \u205F北京市\n", "110000 北京市\u200A\n",
      "110000 北京市\u001F\n", "110000 \u000B北京市\n",
  })
  void irregularFilesAreLeftToTheLineReader(String text) {
    assertThat(DivisionRegistry.quick(text)).isNull();
  }

  /** Names that start or end with a character that is not white space, however it is encoded, are quick. */
  @ParameterizedTest(name = "{index}")
  @ValueSource(strings = {
      "110000 \u00A0北京市\u00A0\n", "110000 \u2007北京\u202F\n", "110000 ※北京市※\n", "110000 \u3001北京\u3001",
      "110000 \uD840\uDC00北京\uD840\uDC00\n", "110000 \u200B北京\u2060\n", "110000 北\u3000京\n", "110000 x\n",
      "110000 \u1681\u2000\u1681\n",
  })
  void namesWithOtherCharactersAtTheirEndsAreQuick(String text) throws IOException {
    DivisionRegistry quick = DivisionRegistry.quick(text);
    assertThat(quick).isNotNull();
    assertThat(quick.codes()).containsExactlyEntriesOf(lineReader(text));
  }

  @Test
  void commentsBlankLinesAndNoFinalNewlineAreQuick() throws IOException {
    String text = "# comment\n\n110000 北京市\n#x\n110101 东城区\n611026 柞水 县";
    DivisionRegistry quick = DivisionRegistry.quick(text);
    assertThat(quick).isNotNull();
    assertThat(quick.codes()).containsExactlyEntriesOf(lineReader(text));
    assertThat(quick.name("611026")).contains("柞水 县");
  }

  /** The codes as numbers are the codes of {@link DivisionRegistry#codes()}, in the same (ascending) order. */
  @Test
  void codeNumbersAreTheCodesInOrder() {
    DivisionRegistry national = DivisionRegistry.national();
    int[] numbers = national.codeNumbers();
    assertThat(numbers.length).isEqualTo(national.codes().size());
    int i = 0;
    for (String code : national.codes().keySet()) {
      assertThat(String.format(java.util.Locale.ROOT, "%06d", numbers[i++])).isEqualTo(code);
    }
    numbers[0] = -1; // a fresh array each time
    assertThat(national.codeNumbers()[0]).isNotEqualTo(-1);
  }
}
