package org.chengxin.rules.internal;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The text of one trace entry ({@link org.chengxin.rules.TraceEntry#detail()}), written into a reusable buffer: a
 * small, final stand-in for {@link StringBuilder} with a date writer, so that the engine's hot methods stay small
 * for the JIT. Single-threaded, like {@link Evaluation}.
 */
final class TraceText {

  private char[] buf = new char[96];
  private int len;

  /** Empties the buffer. */
  TraceText clear() {
    len = 0;
    return this;
  }

  TraceText add(String s) {
    int n = s.length();
    int end = len + n;
    if (end > buf.length) {
      grow(end);
    }
    s.getChars(0, n, buf, len);
    len = end;
    return this;
  }

  /** Appends {@code String.valueOf(o)}. */
  TraceText add(Object o) {
    return add(String.valueOf(o));
  }

  TraceText add(int i) {
    return add(Integer.toString(i));
  }

  /** Appends {@code day.toString()} (ISO yyyy-MM-dd). */
  TraceText date(LocalDate day) {
    int y = day.getYear();
    if (y < 1000 || y > 9999) {
      return add(day.toString()); // LocalDate.toString's sign and padding
    }
    int end = len + 10;
    if (end > buf.length) {
      grow(end);
    }
    char[] b = buf;
    int i = len;
    int m = day.getMonthValue();
    int d = day.getDayOfMonth();
    b[i] = (char) ('0' + y / 1000);
    b[i + 1] = (char) ('0' + y / 100 % 10);
    b[i + 2] = (char) ('0' + y / 10 % 10);
    b[i + 3] = (char) ('0' + y % 10);
    b[i + 4] = '-';
    b[i + 5] = (char) ('0' + m / 10);
    b[i + 6] = (char) ('0' + m % 10);
    b[i + 7] = '-';
    b[i + 8] = (char) ('0' + d / 10);
    b[i + 9] = (char) ('0' + d % 10);
    len = end;
    return this;
  }

  private void grow(int min) {
    buf = Arrays.copyOf(buf, Math.max(min, buf.length * 2));
  }

  /** The text written since the last {@link #clear()}. */
  @Override
  public String toString() {
    return new String(buf, 0, len);
  }
}
