package org.chengxin.formats.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.core.ChengxinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785 (JCS): number serialisation, string escaping, key order; the vectors of RFC 8785 Appendix B. */
class JcsTest {

  static final JsonMapper MAPPER = new JsonMapper();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // RFC 8785 Appendix B (IEEE-754 bits → ECMAScript text)
      "0000000000000000|0",
      "8000000000000000|0",
      "0000000000000001|5e-324",
      "8000000000000001|-5e-324",
      "7fefffffffffffff|1.7976931348623157e+308",
      "ffefffffffffffff|-1.7976931348623157e+308",
      "4340000000000000|9007199254740992",
      "c340000000000000|-9007199254740992",
      "4430000000000000|295147905179352830000",
      "44b52d02c7e14af5|9.999999999999997e+22",
      "44b52d02c7e14af6|1e+23",
      "44b52d02c7e14af7|1.0000000000000001e+23",
      "444b1ae4d6e2ef4e|999999999999999700000",
      "444b1ae4d6e2ef4f|999999999999999900000",
      "444b1ae4d6e2ef50|1e+21",
      "3eb0c6f7a0b5ed8c|9.999999999999997e-7",
      "3eb0c6f7a0b5ed8d|0.000001",
      "41b3de4355555553|333333333.3333332",
      "41b3de4355555554|333333333.33333325",
      "41b3de4355555555|333333333.3333333",
      "41b3de4355555556|333333333.3333334",
      "41b3de4355555557|333333333.33333343",
      "becbf647612f3696|-0.0000033333333333333333",
      "43143ff3c1cb0959|1424953923781206.2"})
  void rfc8785AppendixB(String bits, String expected) {
    assertThat(Jcs.number(Double.longBitsToDouble(new BigInteger(bits, 16).longValue()))).isEqualTo(expected);
  }

  /** 2,011 doubles written by node's Number.prototype.toString (an independent implementation of ECMA-262). */
  @Test
  void agreesWithEcmaScriptOnTwoThousandDoubles() throws IOException {
    List<String> mismatches = new ArrayList<>();
    int n = 0;
    try (InputStream in = JcsTest.class.getResourceAsStream("jcs-numbers.txt")) {
      for (String line : new String(in.readAllBytes(), UTF_8).split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" ");
        double d = Double.longBitsToDouble(new BigInteger(parts[0], 16).longValue());
        n++;
        if (!Jcs.number(d).equals(parts[1])) {
          mismatches.add(line + " but got " + Jcs.number(d));
        }
      }
    }
    assertThat(n).isEqualTo(2011);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void nonFiniteNumbersHaveNoCanonicalForm() {
    assertThatThrownBy(() -> Jcs.number(Double.NaN)).isInstanceOf(ChengxinException.class);
    assertThatThrownBy(() -> Jcs.number(Double.POSITIVE_INFINITY)).isInstanceOf(ChengxinException.class);
  }

  @Test
  void rfc8785Section324SortingByUtf16CodeUnits() throws IOException {
    // RFC 8785 §3.2.3: keys € \r דּ 1 😀 \u0080 ö sort as \r 1 \u0080 ö € 😀 דּ (😀 = D83D DE00 < FB33)
    String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
        + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
    String out = Jcs.canonicalize(MAPPER.readTree(input));
    assertThat(out).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
        + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\","
        + "\"דּ\":\"Hebrew Letter Dalet With Dagesh\"}");
  }

  @Test
  void rfc8785Section321Example() throws IOException {
    // RFC 8785 §3.2.2 sample input and its canonical form
    String input = "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
        + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n  \"literals\": [null, true, false]\n}";
    assertThat(Jcs.canonicalize(MAPPER.readTree(input))).isEqualTo(
        "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
            + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
  }

  @ParameterizedTest(name = "escaping [{index}]")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`a\u0000b`|`\"a\\u0000b\"`",
      "`\u001f`|`\"\\u001f\"`",
      "`\b\t\n\f\r`|`\"\\b\\t\\n\\f\\r\"`",
      "`\u007f\u2028</script>`|`\"\u007f\u2028</script>\"`",
      "`柞水县`|`\"柞水县\"`"})
  void stringEscaping(String text, String expected) {
    assertThat(Jcs.string(text)).isEqualTo(expected);
  }

  @Test
  void loneSurrogateHasNoCanonicalForm() {
    assertThatThrownBy(() -> Jcs.string("a\ud800b")).isInstanceOf(ChengxinException.class);
  }

  @Test
  void integersAreDoubles() throws IOException {
    assertThat(Jcs.canonicalize(MAPPER.readTree("[1, -0, 1.0, 100000000000000000000000, 12345678901234567890]")))
        .isEqualTo("[1,0,1,1e+23,12345678901234567000]");
  }

  @Test
  void sha256IsOfTheUtf8CanonicalText() throws IOException {
    // SHA-256 of the 2 bytes "{}" is 44136fa3…
    assertThat(Jcs.sha256Hex(MAPPER.readTree("{ }")))
        .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
  }
}
