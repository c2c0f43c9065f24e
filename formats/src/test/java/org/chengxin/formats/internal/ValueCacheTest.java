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
    return cache.string(b, 5, len, null, 0, ascii, true);
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

  /**
   * Keys under eight bytes (a two-character name, a division code) are kept too, and told apart by their own bytes
   * only: what follows them in the array does not matter, and a key in the last seven bytes of its array (no word
   * to read in one go) is found as well. Each short key looked up twice gives the very string of the first time.
   */
  @Test
  void keepsShortKeysByTheirOwnBytes() {
    ValueCache cache = new ValueCache();
    String[] keys = {"张三", "张四", "李四", "611026", "611027", "a", "ab", "abcdefg", "科长"};
    for (String key : keys) {
      byte[] raw = key.getBytes(StandardCharsets.UTF_8);
      boolean ascii = key.chars().allMatch(c -> c < 0x80);
      // the key followed by different bytes, and the key at the very end of its array
      byte[] followedByA = (key + "\"AAAAAAAAA").getBytes(StandardCharsets.UTF_8);
      byte[] followedByB = (key + "\"BBBBBBBBB").getBytes(StandardCharsets.UTF_8);
      byte[] atTheEnd = ("xx" + key).getBytes(StandardCharsets.UTF_8);
      String first = cache.string(followedByA, 0, raw.length, null, 0, ascii, true);
      assertThat(first).isEqualTo(key);
      assertThat(cache.string(followedByB, 0, raw.length, null, 0, ascii, true)).isSameAs(first);
      assertThat(cache.string(atTheEnd, 2, raw.length, null, 0, ascii, true)).isSameAs(first);
    }
    // a prefix of a key (fewer bytes, same first bytes) is its own string
    byte[] three = "张三".getBytes(StandardCharsets.UTF_8);
    assertThat(cache.string(three, 0, 3, null, 0, false, true)).isEqualTo("张");
    assertThat(cache.string(new byte[0], 0, 0, null, 0, true, true)).isEmpty();
    // a value that is not repeated (an identifier) is decoded, neither looked up nor kept
    String once = cache.string(three, 0, 6, null, 0, false, false);
    assertThat(once).isEqualTo("张三").isNotSameAs(cache.string(three, 0, 6, null, 0, false, true));
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
      assertThat(cache.string(b, 5, raw.length(), chars, chars.length, false, true)).isEqualTo(decoded);
      // the same decoded text without escapes is other raw bytes: its own, equal string
      assertThat(cached(cache, decoded)).isEqualTo(decoded);
    }
  }
}
