package org.chengxin.formats.internal;

import java.io.IOException;
import java.io.InputStream;

/** A buffered byte input that skips a leading UTF-8 BOM and can peek at the first significant byte. */
public final class ByteSource {
  final InputStream in;
  byte[] buf = new byte[1 << 16];
  int pos;
  int lim;
  boolean eof;

  /**
   * Wraps a stream.
   *
   * @throws IOException from the stream
   */
  public ByteSource(InputStream in) throws IOException {
    this.in = in;
    ensure(3);
    if (lim >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
      pos = 3;
    }
  }

  /** Refills when empty; returns false at the end of input. */
  boolean fill() throws IOException {
    if (pos < lim) {
      return true;
    }
    if (eof) {
      return false;
    }
    pos = 0;
    lim = 0;
    int n = in.read(buf, 0, buf.length);
    while (n == 0) {
      n = in.read(buf, 0, buf.length);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    lim = n;
    return true;
  }

  /** Makes at least {@code n} bytes available after pos when the input has them (buffer grows). */
  private void ensure(int n) throws IOException {
    while (lim - pos < n && !eof) {
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        lim -= pos;
        pos = 0;
      }
      if (lim == buf.length) {
        byte[] bigger = new byte[buf.length * 2];
        System.arraycopy(buf, 0, bigger, 0, lim);
        buf = bigger;
      }
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        eof = true;
      } else {
        lim += r;
      }
    }
  }

  /**
   * The first byte that is not JSON whitespace, without consuming anything, or -1 when there is none within
   * the first MiB.
   *
   * @throws IOException from the stream
   */
  public int peekSignificant() throws IOException {
    int i = 0;
    while (i < SyntaxProblems.MAX_RECORD_BYTES) {
      ensure(i + 1);
      if (pos + i >= lim) {
        return -1;
      }
      int b = buf[pos + i] & 0xFF;
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return b;
      }
      i++;
    }
    return -1;
  }
}
