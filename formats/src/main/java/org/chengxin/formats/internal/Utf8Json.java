package org.chengxin.formats.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A growable buffer of JSON text as UTF-8 bytes, written straight from Java values (no {@code char[]} step, no
 * {@code CharsetEncoder}). Strings are escaped exactly as Jackson's generators do by default (RFC 8259: {@code "}
 * and {@code \} with a backslash; {@code \b \t \n \f \r}; every other control character below U+0020 as
 * <code>&#92;u00XX</code> with upper-case hex digits; everything else, U+007F, U+2028 and non-ASCII included, as
 * is), and encoded as Java's UTF-8 encoder does with replacement: a surrogate pair becomes one four-byte sequence, a lone
 * surrogate becomes {@code ?}. So the bytes equal those of a Jackson generator writing into an UTF-8
 * {@code OutputStreamWriter} or {@code PrintWriter}.
 *
 * <p>Not thread-safe: one buffer per thread. Its cache of encoded strings is bounded and never changes output.
 */
public final class Utf8Json {

  /** Per ASCII character: 0 as is, otherwise the character after the backslash ({@code 'u'}: a hex escape). */
  private static final byte[] ESCAPES = new byte[128];
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(UTF_8);
  private static final byte[] NULL = ascii("null");
  private static final byte[] TRUE = ascii("true");
  private static final byte[] FALSE = ascii("false");
  /** The most strings {@link #cached(String)} keeps encoded; beyond it, strings are encoded each time. */
  private static final int CACHE_LIMIT = 4096;

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
  }

  private final Map<String, byte[]> cache = new HashMap<>();
  private byte[] bytes;
  private int size;

  /** An empty buffer of the given initial capacity in bytes. */
  public Utf8Json(int capacity) {
    this.bytes = new byte[Math.max(capacity, 64)];
  }

  /** The bytes of an ASCII fragment (a field name with its punctuation, a quoted code). */
  public static byte[] ascii(String fragment) {
    return fragment.getBytes(UTF_8);
  }

  /** The JSON string literal of {@code text}, quoted and escaped, as UTF-8. */
  public static byte[] quoted(String text) {
    Utf8Json one = new Utf8Json(text.length() * 3 + 2);
    one.string(text);
    return Arrays.copyOf(one.bytes, one.size);
  }

  /** The buffer's bytes: valid from 0 to {@link #size()}. */
  public byte[] array() {
    return bytes;
  }

  /** How many bytes have been written. */
  public int size() {
    return size;
  }

  /** Forgets the bytes written (keeps the capacity and the cache). */
  public void clear() {
    size = 0;
  }

  /** Appends raw bytes (a pre-encoded fragment). */
  public void raw(byte[] fragment) {
    int n = fragment.length;
    ensure(n);
    System.arraycopy(fragment, 0, bytes, size, n);
    size += n;
  }

  /** Appends one ASCII byte ({@code , : [ ] { }} or a line break). */
  public void raw(char c) {
    ensure(1);
    bytes[size++] = (byte) c;
  }

  /** Appends {@code null}. */
  public void nul() {
    raw(NULL);
  }

  /** Appends {@code true} or {@code false}. */
  public void bool(boolean value) {
    raw(value ? TRUE : FALSE);
  }

  /** Appends a date as a JSON string {@code "YYYY-MM-DD"} (the text of {@link LocalDate#toString()}). */
  public void date(LocalDate day) {
    int year = day.getYear();
    if (year < 1000 || year > 9999) {
      string(day.toString());
      return;
    }
    ensure(12);
    byte[] b = bytes;
    int i = size;
    int month = day.getMonthValue();
    int dom = day.getDayOfMonth();
    b[i] = '"';
    b[i + 1] = (byte) ('0' + year / 1000);
    b[i + 2] = (byte) ('0' + year / 100 % 10);
    b[i + 3] = (byte) ('0' + year / 10 % 10);
    b[i + 4] = (byte) ('0' + year % 10);
    b[i + 5] = '-';
    b[i + 6] = (byte) ('0' + month / 10);
    b[i + 7] = (byte) ('0' + month % 10);
    b[i + 8] = '-';
    b[i + 9] = (byte) ('0' + dom / 10);
    b[i + 10] = (byte) ('0' + dom % 10);
    b[i + 11] = '"';
    size = i + 12;
  }

  /**
   * Appends a string that recurs from line to line (a profile id, a legal basis, a rule name), encoded once
   * and then copied. Same bytes as {@link #string(String)}.
   */
  public void cached(String text) {
    byte[] encoded = cache.get(text);
    raw(encoded != null ? encoded : encodeAndKeep(text));
  }

  /** A cache miss (rare, and kept out of the hot path): the string's literal, kept while the cache has room. */
  private byte[] encodeAndKeep(String text) {
    byte[] encoded = quoted(text);
    if (cache.size() < CACHE_LIMIT) {
      cache.put(text, encoded);
    }
    return encoded;
  }

  /** Appends a JSON string literal: quoted, escaped and UTF-8 encoded (see the class comment). */
  public void string(String text) {
    raw('"');
    chars(text);
    raw('"');
  }

  /**
   * Appends the inside of a JSON string literal: the text escaped and UTF-8 encoded, without quotes (a part of a
   * string written piece by piece; a lone surrogate at a piece's edge is written as {@code ?}).
   */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for the ASCII text it is used on
  public void chars(String text) {
    // Fast path for the usual text (dates, codes, trace details): printable ASCII with nothing to escape, whose
    // UTF-8 is its chars' low bytes; one scan, then one bulk copy into the buffer (no encoded copy).
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
        escaped(text);
        return;
      }
    }
    ensure(n);
    text.getBytes(0, n, bytes, size);
    size += n;
  }

  /** {@link #chars(String)} for text with something to escape or non-ASCII characters. */
  private void escaped(String text) {
    // The JDK's encoder writes a lone surrogate as '?', as the class comment says; and in UTF-8 every byte of a
    // multi-byte character is negative, so only the ASCII bytes need looking at for escapes.
    byte[] utf8 = text.getBytes(UTF_8);
    int n = utf8.length;
    ensure(6L * n); // at most 6 bytes per byte (a hex escape)
    byte[] b = bytes;
    int o = size;
    int from = 0;
    for (int i = 0; i < n; i++) {
      int c = utf8[i];
      if (c >= 0 && ESCAPES[c] != 0) {
        System.arraycopy(utf8, from, b, o, i - from);
        o += i - from;
        from = i + 1;
        byte e = ESCAPES[c];
        b[o] = '\\';
        if (e == 'u') {
          b[o + 1] = 'u';
          b[o + 2] = '0';
          b[o + 3] = '0';
          b[o + 4] = HEX[c >> 4];
          b[o + 5] = HEX[c & 0xF];
          o += 6;
        } else {
          b[o + 1] = e;
          o += 2;
        }
      }
    }
    System.arraycopy(utf8, from, b, o, n - from);
    o += n - from;
    size = o;
  }

  private void ensure(long more) {
    if (bytes.length - size < more) {
      grow(more);
    }
  }

  /** Makes room for {@code more} bytes (rare, and kept out of the hot path). */
  private void grow(long more) {
    long wanted = Math.max(size + more, 2L * bytes.length);
    if (wanted > Integer.MAX_VALUE - 16) {
      throw new OutOfMemoryError("JSON line buffer over 2 GB");
    }
    bytes = Arrays.copyOf(bytes, (int) wanted);
  }
}
