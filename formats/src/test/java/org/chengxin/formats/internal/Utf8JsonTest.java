package org.chengxin.formats.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The UTF-8 JSON buffer against hand-computed bytes and against what the old output path wrote: a Jackson
 * character generator into a UTF-8 {@link PrintWriter}.
 */
class Utf8JsonTest {

  /** The bytes of the old path: Jackson's char-based generator, then the PrintWriter's UTF-8 encoder. */
  static byte[] jackson(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(bytes, UTF_8));
    try (JsonGenerator g = new JsonFactory().createGenerator(writer)) {
      g.writeString(text);
    }
    writer.flush();
    return bytes.toByteArray();
  }

  private static byte[] ours(String text) {
    Utf8Json json = new Utf8Json(4);
    json.string(text);
    return Arrays.copyOf(json.array(), json.size());
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void escapesQuoteBackslashAndControlCharactersAsJacksonDoes() {
    // RFC 8259 §7: " and \ get a backslash; \b \t \n \f \r their short forms; other controls as backslash-u00XX (Jackson: upper
    // case); DEL (0x7F) and '/' stay as they are.
    assertThat(new String(ours("a\"b\\c/\b\t\n\f\r\u0000\u001f\u007f"), UTF_8))
        .isEqualTo("\"a\\\"b\\\\c/\\b\\t\\n\\f\\r\\u0000\\u001F\u007f\"");
  }

  @Test
  void encodesNonAsciiAsUtf8() {
    // é U+00E9 = C3 A9; 诚 U+8BDA = E8 AF 9A; U+2028 = E2 80 A8 (not escaped by Jackson);
    // 😀 U+1F600 = D83D DE00 = F0 9F 98 80.
    assertThat(ours("é诚\u2028\ud83d\ude00"))
        .isEqualTo(bytes('"', 0xC3, 0xA9, 0xE8, 0xAF, 0x9A, 0xE2, 0x80, 0xA8, 0xF0, 0x9F, 0x98, 0x80, '"'));
  }

  @Test
  void writesLoneSurrogatesAsQuestionMarks() {
    // A high surrogate not followed by a low one, and a low one alone, cannot be encoded: '?' each, as Java's
    // UTF-8 encoder replaces them; the next character is kept.
    assertThat(new String(ours("\ud800x\udfff\ud800\ud800\udc00\ud800"), UTF_8)).isEqualTo("\"?x??\ud800\udc00?\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\"", "\\", "\u0001", "\ud800", "\udfff", "\ud800\"", "\udbff\udfff", "\u2028\u2029",
      "\u0085", "\ufeff", "\uffff", "R-\u0000-\u007f", "路径/值\\n"})
  void hostileStringsAsTheOldPath(String text) throws IOException {
    assertThat(ours(text)).isEqualTo(jackson(text));
  }

  @Test
  void randomStringsAsTheOldPathSeed7013() throws IOException {
    SplittableRandom random = new SplittableRandom(7013L);
    char[] alphabet = {'a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\t', '\u0000', '\u001f', '\u007f', '\u0080', '\u07ff',
        '\u0800', '诚', '\u2028', '\ufffd', '\uffff', '\ud800', '\udbff', '\udc00', '\udfff'};
    for (int i = 0; i < 5_000; i++) {
      char[] c = new char[random.nextInt(40)];
      for (int j = 0; j < c.length; j++) {
        c[j] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(c);
      assertThat(ours(text)).as("string %d", i).isEqualTo(jackson(text));
    }
  }

  /**
   * The printable-ASCII fast path of {@link Utf8Json#chars}: plain ASCII strings, and ASCII strings with one
   * character that needs the general path (escape, control, DEL/0x80 boundary, non-ASCII, lone surrogate, U+2028) at
   * a random position, each written after a random prefix into a small buffer that must grow; all as the old path.
   */
  @Test
  void mostlyAsciiStringsAsTheOldPathSeed4409() throws IOException {
    SplittableRandom random = new SplittableRandom(4409L);
    char[] odd = {'"', '\\', '\n', '\u0000', '\u001f', '\u007f', '\u0080', '\u00ff', '\u0100', '诚', '\u2028', '\ud800',
        '\udfff', '\uffff'};
    for (int i = 0; i < 5_000; i++) {
      char[] c = new char[1 + random.nextInt(60)];
      for (int j = 0; j < c.length; j++) {
        c[j] = (char) (0x20 + random.nextInt(0x7f - 0x20)); // printable ASCII, '"' and '\\' included
      }
      if (random.nextBoolean()) {
        c[random.nextInt(c.length)] = odd[random.nextInt(odd.length)];
      }
      String text = new String(c);
      Utf8Json json = new Utf8Json(1);
      String prefix = "x".repeat(random.nextInt(80));
      json.chars(prefix);
      json.chars(text);
      byte[] expected = jackson(prefix + text);
      assertThat(Arrays.copyOf(json.array(), json.size()))
          .as("string %d", i)
          .isEqualTo(Arrays.copyOfRange(expected, 1, expected.length - 1));
    }
  }

  @Test
  void cachedEqualsUncached() {
    Utf8Json json = new Utf8Json(4);
    json.cached("seed:zhashui-2021:五(三)4");
    json.cached("seed:zhashui-2021:五(三)4");
    json.string("seed:zhashui-2021:五(三)4");
    String one = "\"seed:zhashui-2021:五(三)4\"";
    assertThat(new String(json.array(), 0, json.size(), UTF_8)).isEqualTo(one + one + one);
  }

  @ParameterizedTest
  @CsvSource({"2024,3,1,\"2024-03-01\"", "1000,12,31,\"1000-12-31\"", "9999,1,9,\"9999-01-09\"",
      "999,1,1,\"0999-01-01\"", "10000,1,1,\"+10000-01-01\"", "-1,6,30,\"-0001-06-30\""})
  void datesAsLocalDateToString(int year, int month, int day, String expected) {
    Utf8Json json = new Utf8Json(4);
    json.date(LocalDate.of(year, month, day));
    assertThat(new String(json.array(), 0, json.size(), UTF_8)).isEqualTo(expected);
  }

  /**
   * {@link Utf8Json#cachedChars}: with few distinct strings (every one cached), with many (sets of the cache
   * overflow and strings are replaced), and fresh but equal copies, always the bytes of {@link Utf8Json#chars};
   * strings with a surrogate are refused (false, nothing written); long strings are written but not kept.
   */
  @Test
  void cachedCharsAsCharsSeed3307() {
    SplittableRandom random = new SplittableRandom(3307L);
    char[] alphabet = {'a', 'Z', '0', ' ', '"', '\\', '\n', '\u0000', '\u007f', '\u0080', '诚', '\u2028', '\ud800',
        '\udc00'};
    for (int distinct : new int[] {5, 300, 5_000}) {
      String[] strings = new String[distinct];
      for (int k = 0; k < distinct; k++) {
        char[] c = new char[random.nextInt(k % 50 == 0 ? 700 : 12)];
        for (int j = 0; j < c.length; j++) {
          c[j] = random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)]
              : (char) ('a' + random.nextInt(26));
        }
        strings[k] = new String(c);
      }
      Utf8Json cached = new Utf8Json(1);
      Utf8Json plain = new Utf8Json(1);
      for (int i = 0; i < 20_000; i++) {
        String text = strings[random.nextInt(distinct)];
        if (random.nextInt(4) == 0) {
          text = new String(text.toCharArray()); // equal, not the same object
        }
        int before = cached.size();
        boolean surrogate = text.chars().anyMatch(ch -> Character.isSurrogate((char) ch));
        assertThat(cached.cachedChars(text)).as("%d strings, case %d", distinct, i).isEqualTo(!surrogate);
        if (surrogate) {
          assertThat(cached.size()).isEqualTo(before);
        } else {
          plain.chars(text);
        }
      }
      assertThat(Arrays.copyOf(cached.array(), cached.size())).isEqualTo(Arrays.copyOf(plain.array(), plain.size()));
    }
  }

  @ParameterizedTest
  @CsvSource({"2024,3,1,2024-03-01", "1000,12,31,1000-12-31", "9999,1,9,9999-01-09", "999,1,1,0999-01-01",
      "10000,1,1,+10000-01-01", "-1,6,30,-0001-06-30"})
  void dateCharsAsLocalDateToString(int year, int month, int day, String expected) {
    Utf8Json json = new Utf8Json(1);
    json.raw('x');
    json.dateChars(LocalDate.of(year, month, day));
    assertThat(new String(json.array(), 0, json.size(), UTF_8)).isEqualTo("x" + expected);
  }

  @Test
  void truncateForgetsTheLastBytes() {
    Utf8Json json = new Utf8Json(4);
    json.string("ab");
    int mark = json.size();
    json.string("诚");
    json.truncate(mark);
    json.raw(',');
    assertThat(new String(json.array(), 0, json.size(), UTF_8)).isEqualTo("\"ab\",");
    assertThatThrownBy(() -> json.truncate(json.size() + 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> json.truncate(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void growsAndClears() {
    Utf8Json json = new Utf8Json(1);
    String text = "诚".repeat(10_000);
    json.string(text);
    assertThat(json.size()).isEqualTo(2 + 3 * 10_000); // quotes + 3 bytes per character
    json.clear();
    json.bool(true);
    json.raw(',');
    json.nul();
    assertThat(new String(json.array(), 0, json.size(), UTF_8)).isEqualTo("true,null");
  }
}
