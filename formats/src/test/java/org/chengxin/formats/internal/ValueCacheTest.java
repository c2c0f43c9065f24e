package org.chengxin.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The string cache gives the string a fresh decode gives, whatever was cached before. */
class ValueCacheTest {

  /** The UTF-8 bytes of {@code s} at offset 5 of a larger array with garbage around them. */
  private static byte[] embedded(String s) {
    return ("ab\"c{" + s + "\"}\u00e9x").getBytes(StandardCharsets.UTF_8);
  }

  private static String cached(ValueCache cache, String s) {
    byte[] b = embedded(s);
    int len = s.getBytes(StandardCharsets.UTF_8).length;
    boolean ascii = s.chars().allMatch(c -> c < 0x80);
    return cache.string(b, 5, len, null, 0, ascii);
  }

  /**
   * Seed 23: strings that share length and first and last eight bytes (so they share a slot) and differ only in
   * the middle, non-ASCII strings, short and over-long ones, looked up in random order 50,000 times.
   */
  @Test
  void givesTheDecodedStringForCollidingAndOtherBytes() {
    List<String> pool = new ArrayList<>();
    for (char c = 'a'; c <= 'z'; c++) {
      pool.add("authority-" + c + "-of-the-county"); // same length, first and last eight bytes
    }
    pool.add("authority-\u00e9-of-the-county"); // one byte longer: é is two bytes
    pool.add("秦皇岛市交通运输局");
    pool.add("秦皇岛市交通运输厅");
    pool.add("秦皇岛市公安运输局");
    pool.add("张三");
    pool.add("short");
    pool.add("x".repeat(ValueCache.MAX_BYTES));
    pool.add("x".repeat(ValueCache.MAX_BYTES + 1));
    pool.add("罚".repeat(40));
    pool.add("emoji \uD83D\uDE00 inside a name");
    ValueCache cache = new ValueCache();
    SplittableRandom random = new SplittableRandom(23);
    for (int k = 0; k < 50_000; k++) {
      String s = pool.get(random.nextInt(pool.size()));
      assertThat(cached(cache, s)).isEqualTo(s);
    }
  }

  /** Strings with escapes: the decoded characters are the value, kept by their raw bytes. */
  @Test
  void keepsEscapedStringsByTheirRawBytes() {
    ValueCache cache = new ValueCache();
    String raw = "Office \\\"A\\\" \\\\ B and more";
    String decoded = "Office \"A\" \\ B and more";
    char[] chars = decoded.toCharArray();
    for (int k = 0; k < 3; k++) {
      byte[] b = embedded(raw);
      assertThat(cache.string(b, 5, raw.length(), chars, chars.length, false)).isEqualTo(decoded);
      // the same decoded text without escapes is other raw bytes: its own, equal string
      assertThat(cached(cache, decoded)).isEqualTo(decoded);
    }
  }
}
