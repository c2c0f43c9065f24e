package org.chengxin.rules.internal;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The text of one trace entry ({@link org.chengxin.rules.TraceEntry#detail()}), written into a reusable buffer: a
 * small, final stand-in for {@link StringBuilder} with a date writer, so that the engine's hot methods stay small
 * for the JIT. Single-threaded, like {@link Evaluation}.
 *
 * <p>The appenders only remember their part (a store into an array, cheap to inline at the engine's many call
 * sites); {@link #entry} makes a {@link TraceParts} of them, whose text is rendered, in one loop ({@link #render}),
 * only if someone asks for it: a writer of assessment lines writes the parts' bytes itself.
 *
 * <p>One array holds the parts of every entry of an assessment, one run after another: {@link #clear()} starts a
 * new run after the last one instead of overwriting it, so an entry keeps a range of the array (no copy), and
 * nothing is ever written again below the end of a range handed out (the array is replaced when full; entries keep
 * the old one).
 */
final class TraceText {

  /** The parts, Strings and LocalDates: from {@link #start} on, those since the last {@link #clear()}. */
  private Object[] parts = new Object[64];
  private int start;
  private int count;

  /** Empties the buffer (the text starts anew after the parts written so far, which entries may hold). */
  TraceText clear() {
    start = count;
    return this;
  }

  TraceText add(String s) {
    return part(s);
  }

  /** Appends {@code String.valueOf(o)}. */
  TraceText add(Object o) {
    return part(String.valueOf(o));
  }

  TraceText add(int i) {
    return part(Integer.toString(i));
  }

  /** Appends {@code day.toString()} (ISO yyyy-MM-dd). */
  TraceText date(LocalDate day) {
    return part(day);
  }

  private TraceText part(Object p) {
    if (count == parts.length) {
      parts = Arrays.copyOf(parts, count * 2);
    }
    parts[count++] = p;
    return this;
  }

  /** {@code day.toString()} (ISO yyyy-MM-dd), without the StringBuilder of {@link LocalDate#toString()}. */
  static String iso(LocalDate day) {
    char[] c = new char[10];
    return writeIso(day, c, 0) ? new String(c) : day.toString(); // LocalDate.toString's sign and padding
  }

  /**
   * Writes a day of a four-digit year as its ten ISO characters at {@code b[at]}; false (nothing written) for any
   * other year, whose text {@link LocalDate#toString()} gives.
   */
  private static boolean writeIso(LocalDate day, char[] b, int at) {
    int y = day.getYear();
    if (y < 1000 || y > 9999) {
      return false;
    }
    int m = day.getMonthValue();
    int d = day.getDayOfMonth();
    b[at] = (char) ('0' + y / 1000);
    b[at + 1] = (char) ('0' + y / 100 % 10);
    b[at + 2] = (char) ('0' + y / 10 % 10);
    b[at + 3] = (char) ('0' + y % 10);
    b[at + 4] = '-';
    b[at + 5] = (char) ('0' + m / 10);
    b[at + 6] = (char) ('0' + m % 10);
    b[at + 7] = '-';
    b[at + 8] = (char) ('0' + d / 10);
    b[at + 9] = (char) ('0' + d % 10);
    return true;
  }

  /**
   * The entry of a rule and basis with the text written since the last {@link #clear()}, kept as its parts (its
   * detail is written only when asked for).
   */
  TraceParts entry(String rule, String basis) {
    return new TraceParts(rule, basis, parts, start, count);
  }

  /** The text written since the last {@link #clear()}. */
  @Override
  public String toString() {
    return render(parts, start, count, new char[128]);
  }

  /** The text of the parts (Strings and LocalDates) from index {@code from} to {@code to}, written into {@code b}. */
  static String render(Object[] parts, int from, int to, char[] b) {
    int len = 0;
    for (int k = from; k < to; k++) {
      Object p = parts[k];
      String s = null;
      if (p instanceof LocalDate) {
        LocalDate day = (LocalDate) p;
        if (len + 10 > b.length) {
          b = Arrays.copyOf(b, Math.max(len + 10, b.length * 2));
        }
        if (writeIso(day, b, len)) {
          len += 10;
          continue;
        }
        s = day.toString(); // LocalDate.toString's sign and padding
      } else {
        s = (String) p;
      }
      int n = s.length();
      if (len + n > b.length) {
        b = Arrays.copyOf(b, Math.max(len + n, b.length * 2));
      }
      s.getChars(0, n, b, len);
      len += n;
    }
    return new String(b, 0, len);
  }
}
