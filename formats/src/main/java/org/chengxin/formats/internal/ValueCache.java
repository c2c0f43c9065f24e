package org.chengxin.formats.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The strings {@link FastCheck} made last, by their exact bytes: real records repeat authority names, units and
 * phrases, so a repeated value is found instead of decoded and allocated again. Bounded (a small direct-mapped
 * table: a new value replaces the one in its slot) and confined to one thread (each thread has its own; never
 * shared). A string found is equal to the one decoded: the slot keeps a copy of the bytes, compared in full.
 */
final class ValueCache {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** Slots (a power of two); longer strings (and the empty string) are not kept. */
  static final int SLOTS = 256;
  static final int MAX_BYTES = 64;

  /**
   * By slot: the key's length (0: empty), its first and last eight bytes (overlapping when shorter than 16: then
   * they are the whole key) and, for a key over 16 bytes, all its bytes (the middle is compared from them).
   */
  private final int[] lengths = new int[SLOTS];
  private final long[] firsts = new long[SLOTS];
  private final long[] lasts = new long[SLOTS];
  private final byte[][] keys = new byte[SLOTS][];
  private final String[] strings = new String[SLOTS];
  /** The chars of the last text {@link #decode} decoded (a buffer kept from string to string). */
  private char[] decoded = new char[256];

  /**
   * The string of the raw bytes {@code b[off, off + len)} of a JSON string's content: {@code chars[0,
   * charCount)} when they have escapes ({@code chars} not null: the same raw bytes always decode to the same
   * string), else {@code new String(b, off, len, ascii ? ISO_8859_1 : UTF_8)} ({@code ascii} only when every byte
   * is below 0x80, where both decode the same). Only a {@code repeated} value (a name, not an identifier) is
   * looked up and kept.
   */
  String string(byte[] b, int off, int len, char[] chars, int charCount, boolean ascii, boolean repeated) {
    int slot = -1; // not kept: not repeated, longer than MAX_BYTES, or empty
    long first = 0;
    long last = 0;
    if (repeated && len <= MAX_BYTES && len > 0) {
      if (len >= 8) {
        first = (long) LONGS.get(b, off);
        last = (long) LONGS.get(b, off + len - 8);
      } else {
        // A short key (a two-character name is six bytes) is one word, zero above its bytes: first and last alike.
        first = shortKey(b, off, len);
        last = first;
      }
      long x = (first * 0x9E3779B97F4A7C15L + last + len) * 0xC2B2AE3D27D4EB4FL;
      slot = (int) (x >>> 56) & (SLOTS - 1);
      if (lengths[slot] == len && firsts[slot] == first && lasts[slot] == last
          && (len <= 16 || middleEquals(keys[slot], b, off, len))) {
        return strings[slot];
      }
    }
    // One call of decode for strings kept or not: the JIT inlines its code here once (and the walk inlines this).
    String s = decode(b, off, len, chars, charCount, ascii);
    if (slot >= 0) {
      lengths[slot] = len;
      firsts[slot] = first;
      lasts[slot] = last;
      keys[slot] = len > 16 ? Arrays.copyOfRange(b, off, off + len) : null;
      strings[slot] = s;
    }
    return s;
  }

  /** The 1 to 7 bytes {@code b[off, off + len)} as a little-endian word, zero above them. */
  private static long shortKey(byte[] b, int off, int len) {
    if (off + 8 <= b.length) {
      return (long) LONGS.get(b, off) & (1L << 8 * len) - 1; // one read; the bytes after the key masked off
    }
    long word = 0;
    for (int k = off + len - 1; k >= off; k--) {
      word = word << 8 | (b[k] & 0xFF);
    }
    return word;
  }

  /** Whether the bytes between the first and the last eight of {@code key} are {@code b}'s from {@code off}. */
  private static boolean middleEquals(byte[] key, byte[] b, int off, int len) {
    for (int k = 8; k < len - 8; k += 8) {
      if ((long) LONGS.get(key, k) != (long) LONGS.get(b, off + k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The string of a JSON string's raw content, as {@link #string} says, without the cache: decoded by
   * {@link StrictUtf8#decode} when it is not ASCII (bytes the scan passed, so strict UTF-8).
   */
  String decode(byte[] b, int off, int len, char[] chars, int charCount, boolean ascii) {
    if (chars != null) {
      return new String(chars, 0, charCount);
    }
    if (ascii) {
      return new String(b, off, len, ISO_8859_1);
    }
    if (decoded.length < len) {
      decoded = new char[Math.max(len, 2 * decoded.length)];
    }
    return StrictUtf8.decode(b, off, off + len, decoded);
  }
}
