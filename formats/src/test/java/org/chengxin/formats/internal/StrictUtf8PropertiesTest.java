package org.chengxin.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link StrictUtf8#scan} says what the JDK's strict UTF-8 decoder (errors reported, never replaced) and a plain
 * reading of JSON say about the same bytes: the body up to the first quote or backslash must decode strictly and
 * hold no control character; its code points are those of the decoded text.
 */
class StrictUtf8PropertiesTest {

  /** What {@link StrictUtf8#scan} must answer, from the JDK decoder and a byte-by-byte search. */
  private static long expected(byte[] b, int from, int end) {
    int stop = from;
    while (stop < end && b[stop] != '"' && b[stop] != '\\') {
      stop++;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, stop - from)).toString();
    } catch (CharacterCodingException e) {
      return StrictUtf8.INVALID;
    }
    if (text.chars().anyMatch(c -> c < 0x20)) {
      return StrictUtf8.INVALID;
    }
    if (stop == end) {
      return StrictUtf8.INVALID; // no closing quote
    }
    return b[stop] == '\\' ? StrictUtf8.ESCAPE : (long) text.codePointCount(0, text.length()) << 32 | stop;
  }

  private static void check(byte[] b, int from, int end) {
    assertThat(StrictUtf8.scan(b, from, end))
        .as("%s [%d, %d)", HexFormat.ofDelimiter(" ").formatHex(b), from, end)
        .isEqualTo(expected(b, from, end));
  }

  /** Every place of the body in a larger array, and every end (the bytes after the end must not count). */
  private static void checkEverywhere(byte[] body) {
    for (int pad = 0; pad < 9; pad++) {
      byte[] b = new byte[pad + body.length + 9];
      Arrays.fill(b, (byte) '"'); // a quote just after the end must not be seen
      System.arraycopy(body, 0, b, pad, body.length);
      for (int end = pad; end <= pad + body.length; end++) {
        check(b, pad, end);
      }
    }
  }

  /** Hand-picked bodies: each boundary of strict UTF-8 on both sides, in and out of ASCII runs. */
  @ParameterizedTest
  @ValueSource(strings = {
      "", "22", "41 22", "41 42 43 44 45 46 47 48 49 4a 22", "5c 22", "41 42 43 44 45 46 47 48 5c 6e 22",
      "1f 22", "20 22", "7f 22", "41 42 43 44 45 46 47 09 22", "41 42 43 44 45 46 47 48 49 0a 22",
      // two-byte: C2 80 is the smallest, C0/C1 are overlong leads, DF BF the largest
      "c2 80 22", "c1 bf 22", "c0 80 22", "df bf 22", "c2 22", "c2 c2 80 22", "80 22", "bf 22",
      // three-byte: E0 A0 80 smallest, E0 9F BF overlong, ED 9F BF last before the surrogates, ED A0 80 a surrogate,
      // ED BF BF the last surrogate, EE 80 80 after them, EF BF BF the largest; truncated ones
      "e0 a0 80 22", "e0 9f bf 22", "ed 9f bf 22", "ed a0 80 22", "ed bf bf 22", "ee 80 80 22", "ef bf bf 22",
      "e4 b8 22", "e4 22", "e4 b8 ad e6 96 87 22", "e4 b8 ad 41 e6 96 87 22", "e4 b8 ad e6 96 22", "e4 c8 ad 22",
      "e4 b8 2d 22", "e4 b8 ad e6 96 87 e4 b8 ad e6 96 87 e4 b8 ad e6 96 87 41 42 43 44 45 46 47 48 22",
      // four-byte: F0 90 80 80 smallest, F0 8F BF BF overlong, F4 8F BF BF the largest, F4 90 80 80 over U+10FFFF,
      // F5 and over never; truncated ones
      "f0 90 80 80 22", "f0 8f bf bf 22", "f4 8f bf bf 22", "f4 90 80 80 22", "f5 80 80 80 22", "ff 22",
      "f0 9f 98 80 22", "f0 9f 98 22", "f0 9f 22", "f0 22", "f0 9f 98 80 e4 b8 ad 22",
      // a quote or a backslash where a continuation byte should be
      "e4 22 ad 22", "e4 b8 5c 22", "c2 5c 22", "41 c2"})
  void answersAsTheJdkDecoderOnHandPickedBytes(String hex) {
    checkEverywhere(hex.isEmpty() ? new byte[0] : HexFormat.ofDelimiter(" ").parseHex(hex));
  }

  /**
   * Seed 20261123: 20,000 random bodies mixing ASCII runs, Chinese, two- and four-byte characters, control
   * characters, escapes, and hostile bytes (stray continuation bytes, overlong leads, surrogates, F5–FF,
   * truncations), each checked at every end.
   */
  @Test
  void answersAsTheJdkDecoderOnRandomAndHostileBytes() {
    Random random = new Random(20261123L);
    byte[][] pieces = {
        "abcdefgh".getBytes(StandardCharsets.UTF_8), "R-12345".getBytes(StandardCharsets.UTF_8),
        "2024-03-01".getBytes(StandardCharsets.UTF_8), "秦皇岛市交通运输局".getBytes(StandardCharsets.UTF_8),
        "中".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
        "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), "\uFFFF".getBytes(StandardCharsets.UTF_8),
        "\u0800".getBytes(StandardCharsets.UTF_8), "\uD7FF".getBytes(StandardCharsets.UTF_8),
        "\uE000".getBytes(StandardCharsets.UTF_8), {'\\', 'n'}, {'\t'}, {0x1f}, {0x7f}, {'"'},
        {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0xBF},
        {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF5}, {(byte) 0xFF}, {(byte) 0xE4},
        {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};
    for (int round = 0; round < 20_000; round++) {
      byte[] body = new byte[0];
      int parts = random.nextInt(12);
      for (int p = 0; p < parts; p++) {
        byte[] piece;
        int kind = random.nextInt(10);
        if (kind < 7) {
          piece = pieces[random.nextInt(random.nextBoolean() ? 11 : pieces.length)];
        } else if (kind < 9) {
          piece = new byte[1 + random.nextInt(3)];
          random.nextBytes(piece); // anything at all
        } else {
          piece = new byte[] {(byte) (0x20 + random.nextInt(0x60))};
        }
        byte[] grown = Arrays.copyOf(body, body.length + piece.length);
        System.arraycopy(piece, 0, grown, body.length, piece.length);
        body = grown;
      }
      byte[] b = Arrays.copyOf(body, body.length + 1 + random.nextInt(9));
      b[body.length] = '"';
      int from = 0;
      for (int end = from; end <= b.length; end += 1 + random.nextInt(3)) {
        check(b, from, end);
      }
      check(b, from, b.length);
    }
  }

  /** The flags of {@link StrictUtf8#stops}: the lowest one is the first byte that needs a look of its own. */
  @Test
  void stopsFlagTheFirstByteThatIsNotPlainAscii() {
    Random random = new Random(7L);
    byte[] special = {'"', '\\', 0, 0x1f, (byte) 0x80, (byte) 0xff, 0x0a};
    for (int round = 0; round < 100_000; round++) {
      byte[] b = new byte[8];
      for (int k = 0; k < 8; k++) {
        b[k] = random.nextInt(4) == 0 ? special[random.nextInt(special.length)] : (byte) random.nextInt(256);
      }
      int first = 8;
      for (int k = 7; k >= 0; k--) {
        int x = b[k] & 0xFF;
        if (x == '"' || x == '\\' || x < 0x20 || x >= 0x80) {
          first = k;
        }
      }
      long w = ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
      long stop = StrictUtf8.stops(w);
      assertThat(stop == 0 ? 8 : Long.numberOfTrailingZeros(stop) >>> 3).as(Arrays.toString(b)).isEqualTo(first);
    }
  }

  /**
   * Seed 59: {@link StrictUtf8#decode} gives the string the JDK decodes from the same bytes, for 20,000 random texts
   * of one- to four-byte characters (ASCII, Latin-1 such as é, CJK, U+FFFF, supplementary characters such as 😀
   * and 𠀋), at a random offset of a larger array, into a buffer of exactly the bytes' length.
   */
  @Test
  void decodesAsTheJdkDoes() {
    int[] pool = {'a', 'Z', '0', ' ', 0x7F, 0x80, 0xE9, 0xFF, 0x100, 0x7FF, 0x800, 0x67DE, 0x3014, 0xFF11, 0xFFFF,
        0x10000, 0x1F600, 0x2000B, 0x10FFFF};
    Random random = new Random(59);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        text.appendCodePoint(pool[random.nextInt(pool.length)]);
      }
      byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
      int pad = random.nextInt(5);
      byte[] b = new byte[pad + utf8.length + 3];
      System.arraycopy(utf8, 0, b, pad, utf8.length);
      String decoded = StrictUtf8.decode(b, pad, pad + utf8.length, new char[utf8.length]);
      assertThat(decoded).isEqualTo(new String(utf8, StandardCharsets.UTF_8)).isEqualTo(text.toString());
    }
  }
}
