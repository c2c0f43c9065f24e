package org.chengxin.formats.internal;

import org.chengxin.core.Problem;

/**
 * The raw text of one record as cut from the input, with where it starts. The bytes are the chunk's own buffer
 * or the input's buffer, both reused by the next read: use them before asking for the next chunk.
 */
public final class Chunk {
  /** The array holding the record's bytes, from {@link #offset}. */
  public byte[] data;
  /** Where the record starts in {@link #data}. */
  public int offset;
  /** How many bytes of {@link #data} are the record (at most 1 MiB). */
  public int length;
  /** The record's size in bytes when it is over 1 MiB (then {@link #data} is truncated), else 0. */
  public long tooLargeBytes;
  /** The 1-based line of the record's first byte. */
  public long line;
  /** The 1-based byte column of the record's first byte. */
  public int column;
  /** A syntax problem found while cutting (the record is then only this problem). */
  public Problem syntax;
  /** True when nothing after this chunk can be read (a broken array). */
  public boolean last;

  private long total;
  private byte[] own;

  void reset(long line, int column) {
    this.data = own;
    this.offset = 0;
    this.length = 0;
    this.total = 0;
    this.tooLargeBytes = 0;
    this.line = line;
    this.column = column;
    this.syntax = null;
    this.last = false;
  }

  void append(byte[] src, int from, int count) {
    int n = (int) Math.min(SyntaxProblems.MAX_RECORD_BYTES - (long) length, count);
    if (n > 0) {
      if (length + n > data.length) {
        byte[] bigger = new byte[Math.min(SyntaxProblems.MAX_RECORD_BYTES,
            Math.max(data.length * 2, length + n))];
        System.arraycopy(data, 0, bigger, 0, length);
        data = bigger;
        own = bigger;
      }
      System.arraycopy(src, from, data, length, n);
      length += n;
    }
    total += count;
  }

  /** Takes a whole record from the input's buffer without copying it (before any {@link #append}). */
  void borrow(byte[] src, int from, int count) {
    data = src;
    offset = from;
    length = count;
    total = count;
  }

  /** Ends the record: sets {@link #tooLargeBytes} when it was over 1 MiB. */
  void finish() {
    tooLargeBytes = total > SyntaxProblems.MAX_RECORD_BYTES ? total : 0;
  }

  /** A chunk buffer. */
  public static Chunk create() {
    Chunk c = new Chunk();
    c.own = new byte[8192];
    c.data = c.own;
    return c;
  }
}
