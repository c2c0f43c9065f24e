package org.chengxin.formats.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The body of a JSON string in strict UTF-8, scanned in place for {@link FastCheck}: where it ends, how many code
 * points it has, whether it is plain (no escape, no control character) — the hot loop of the read stage.
 *
 * <p>Strict UTF-8 is what the JDK's UTF-8 decoder accepts when it reports errors: no overlong forms, no surrogates
 * (U+D800–U+DFFF), nothing over U+10FFFF, no truncated sequence, no stray continuation byte. ASCII runs are read
 * eight bytes at a time (one word tells whether any of its bytes is a quote, a backslash, a control character or
 * not ASCII); a run of multi-byte sequences is checked sequence by sequence, the three-byte form (Chinese text)
 * with one four-byte read.
 */
final class StrictUtf8 {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  /** {@link #scan}: a control character, bytes that are not strict UTF-8, or no closing quote before the end. */
  static final long INVALID = -1;
  /** {@link #scan}: a backslash (an escape) before the closing quote and before anything {@link #INVALID}. */
  static final long ESCAPE = -2;

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private StrictUtf8() {}

  /**
   * Scans the body of a JSON string from {@code b[from]} (just after its opening quote) up to {@code end}: when
   * the next quote comes first, {@code codePoints << 32 | indexOfTheQuote} (so the body is ASCII exactly when
   * its code points are as many as its bytes); else {@link #ESCAPE} or {@link #INVALID}, whichever comes first.
   * Bytes from {@code end} on are never looked at.
   */
  static long scan(byte[] b, int from, int end) {
    int j = from;
    int n = 0;
    while (true) {
      // Plain ASCII, eight bytes at a time, up to the first byte that needs a look of its own.
      while (j + 8 <= end) {
        long stop = stops((long) LONGS.get(b, j));
        if (stop != 0) {
          int k = Long.numberOfTrailingZeros(stop) >>> 3;
          j += k;
          n += k;
          break;
        }
        j += 8;
        n += 8;
      }
      if (j >= end) {
        return INVALID;
      }
      int x = b[j];
      if (x >= 0) {
        if (x == '"') {
          return (long) n << 32 | j;
        }
        if (x == '\\') {
          return ESCAPE;
        }
        if (x < 0x20) {
          return INVALID;
        }
        j++; // a plain byte among the last seven: one at a time
        n++;
        continue;
      }
      // A run of multi-byte sequences (text in Chinese is a run of three-byte ones): one code point each.
      do {
        int k = j + 4 <= end ? threeBytes((int) INTS.get(b, j)) : 0;
        if (k == 0) {
          k = sequence(b, j, end);
          if (k == 0) {
            return INVALID;
          }
        }
        j += k;
        n++;
      } while (j < end && b[j] < 0);
    }
  }

  /**
   * A flag (the high bit) in every byte of the little-endian word {@code w} that is a quote, a backslash, a
   * control character (below 0x20) or not ASCII (0x80 and over). Only the lowest flag is exact — a flag can also
   * show above a flagged byte (a borrow), never below — which is all {@link #scan} uses.
   */
  static long stops(long w) {
    long quote = w ^ 0x2222222222222222L;
    long backslash = w ^ 0x5C5C5C5C5C5C5C5CL;
    return (w | ((w - 0x2020202020202020L) & ~w) | ((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash))
        & HIGHS;
  }

  /**
   * 3 when the little-endian word {@code v} (four bytes from the lead byte) starts with a strict three-byte
   * sequence, else 0 (then {@link #sequence} decides): a lead byte 1110xxxx and two continuation bytes 10xxxxxx,
   * but not E0 followed by 80–9F (an overlong form) nor ED followed by A0–BF (a surrogate).
   */
  private static int threeBytes(int v) {
    if ((v & 0xC0C0F0) != 0x8080E0) {
      return 0;
    }
    int lead = v & 0x0F;
    boolean upperHalf = (v & 0x2000) != 0; // the second byte is A0–BF
    return lead == 0 && !upperHalf || lead == 0x0D && upperHalf ? 0 : 3;
  }

  /**
   * The length of the strict UTF-8 sequence of 2 to 4 bytes at {@code b[j]} (a byte over 0x7F) within
   * {@code b[j, end)}, or 0 when it is not one (overlong, a surrogate, over U+10FFFF, truncated, a stray
   * continuation byte).
   */
  static int sequence(byte[] b, int j, int end) {
    int x = b[j] & 0xFF;
    if (x < 0xC2) {
      return 0;
    }
    if (x < 0xE0) {
      return j + 1 < end && (b[j + 1] & 0xC0) == 0x80 ? 2 : 0;
    }
    if (x < 0xF0) {
      if (j + 2 >= end) {
        return 0;
      }
      int y = b[j + 1] & 0xFF;
      if (x == 0xE0 && y < 0xA0 || x == 0xED && y > 0x9F) {
        return 0;
      }
      return (y & 0xC0) == 0x80 && (b[j + 2] & 0xC0) == 0x80 ? 3 : 0;
    }
    if (x > 0xF4 || j + 3 >= end) {
      return 0;
    }
    int y = b[j + 1] & 0xFF;
    if (x == 0xF0 && y < 0x90 || x == 0xF4 && y > 0x8F) {
      return 0;
    }
    return (y & 0xC0) == 0x80 && (b[j + 2] & 0xC0) == 0x80 && (b[j + 3] & 0xC0) == 0x80 ? 4 : 0;
  }

  /**
   * The text of {@code b[from, to)}, bytes that {@link #scan} passed (strict UTF-8, not all ASCII, no escape), by
   * way of {@code chars} (at least {@code to - from} long: a sequence of n bytes is at most n/2 chars). Equal to
   * {@code new String(b, from, to - from, UTF_8)}, with less garbage: the JDK's decoder, which must check every
   * byte, allocates three arrays for Chinese text (a Latin-1 attempt, a UTF-16 array twice too long, its copy);
   * this one decodes without checks into the reused {@code chars}, and the string makes one array of them (after
   * one small Latin-1 attempt).
   */
  static String decode(byte[] b, int from, int to, char[] chars) {
    int n = 0;
    int j = from;
    while (j < to) {
      int x = b[j];
      if (x >= 0) {
        chars[n++] = (char) x;
        j++;
      } else if ((x & 0xF0) == 0xE0) { // three bytes: most of Chinese text
        chars[n++] = (char) ((x & 0x0F) << 12 | (b[j + 1] & 0x3F) << 6 | b[j + 2] & 0x3F);
        j += 3;
      } else if ((x & 0xE0) == 0xC0) {
        chars[n++] = (char) ((x & 0x1F) << 6 | b[j + 1] & 0x3F);
        j += 2;
      } else { // four bytes: a supplementary character, two chars
        int cp = (x & 0x07) << 18 | (b[j + 1] & 0x3F) << 12 | (b[j + 2] & 0x3F) << 6 | b[j + 3] & 0x3F;
        chars[n++] = Character.highSurrogate(cp);
        chars[n++] = Character.lowSurrogate(cp);
        j += 4;
      }
    }
    return new String(chars, 0, n);
  }
}
