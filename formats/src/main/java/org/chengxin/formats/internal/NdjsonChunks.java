package org.chengxin.formats.internal;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Cuts NDJSON into lines: one record per line ({@code \n} or {@code \r\n}); lines of only whitespace are
 * skipped (they are not records, but they count for line numbers). A line over 1 MiB is read to its end
 * without being kept.
 */
public final class NdjsonChunks implements ChunkSource {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private final ByteSource src;
  private final Chunk chunk = Chunk.create();
  private long line;

  public NdjsonChunks(ByteSource src) {
    this.src = src;
  }

  @Override
  public Chunk next() throws IOException {
    while (true) {
      if (!src.fill()) {
        return null;
      }
      line++;
      chunk.reset(line, 1);
      boolean newline = false;
      boolean first = true;
      while (!newline && src.fill()) {
        byte[] buf = src.buf;
        int start = src.pos;
        int lim = src.lim;
        int i = indexOfNewline(buf, start, lim);
        if (first && i < lim) {
          // The whole line is in the input's buffer: no copy.
          chunk.borrow(buf, start, i - start);
          src.pos = i + 1;
          break;
        }
        first = false;
        chunk.append(buf, start, i - start);
        if (i < lim) {
          newline = true;
          src.pos = i + 1;
        } else {
          src.pos = lim;
        }
      }
      chunk.finish();
      if (chunk.tooLargeBytes == 0 && chunk.length > 0 && chunk.data[chunk.offset + chunk.length - 1] == '\r') {
        chunk.length--;
      }
      if (chunk.tooLargeBytes > 0 || !blank(chunk)) {
        return chunk;
      }
    }
  }

  /**
   * The index of the first {@code \n} in {@code b[from, to)}, or {@code to}: eight bytes at a time (a zero byte
   * of {@code word ^ 0x0A…} is a newline; the lowest flagged byte is exact). The last few bytes make a word of
   * their own, zero-padded ({@link #tail}), and go through the same test: a newline found there is no branch of
   * its own that C2 would compile as "never taken" and trap on (then recompiling every method it is inlined in).
   */
  static int indexOfNewline(byte[] b, int from, int to) {
    int i = from;
    // Sixteen bytes a step while they last (a record is hundreds of bytes): half the loop's branches.
    for (; i + 16 <= to; i += 16) {
      if ((newlines((long) LONGS.get(b, i)) | newlines((long) LONGS.get(b, i + 8))) != 0) {
        break; // in these sixteen: the loop below finds it
      }
    }
    for (; i < to; i += 8) {
      long word = i + 8 <= to ? (long) LONGS.get(b, i) : tail(b, i, to);
      long t = newlines(word);
      if (t != 0) {
        return i + (Long.numberOfTrailingZeros(t) >>> 3);
      }
    }
    return to;
  }

  /** A flag (high bit) in each byte of {@code word} that is a newline: the lowest flag is exact. */
  private static long newlines(long word) {
    long x = word ^ 0x0A0A0A0A0A0A0A0AL;
    return (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
  }

  /** The bytes {@code b[i, to)} (fewer than eight) as a little-endian word, zero above them (never a newline). */
  private static long tail(byte[] b, int i, int to) {
    long word = 0;
    for (int k = to - 1; k >= i; k--) {
      word = word << 8 | (b[k] & 0xFF);
    }
    return word;
  }

  private static boolean blank(Chunk c) {
    for (int i = c.offset; i < c.offset + c.length; i++) {
      byte b = c.data[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
