package org.chengxin.formats.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A growable buffer of JSON text as UTF-8 bytes, written straight from Java values (no {@code char[]} step, no
 * {@code CharsetEncoder}). Strings are escaped exactly as Jackson's generators do by default (RFC 8259: {@code "}
 * and {@code \} with a backslash; {@code \b \t \n \f \r}; every other control character below U+0020 as
 * <code>&#92;u00XX</code> with upper-case hex digits; everything else, U+007F, U+2028 and non-ASCII included, as
 * is), and encoded as Java's UTF-8 encoder does with replacement: a surrogate pair becomes one four-byte sequence, a lone
 * surrogate becomes {@code ?}. So the bytes equal those of a Jackson generator writing into an UTF-8
 * {@code OutputStreamWriter} or {@code PrintWriter}.
 *
 * <p>Not thread-safe: one buffer per thread. Its cache of encoded strings is bounded (a thousand short strings)
 * and never changes output.
 */
public final class Utf8Json {

  /** Per ASCII character: 0 as is, otherwise the character after the backslash ({@code 'u'}: a hex escape). */
  private static final byte[] ESCAPES = new byte[128];
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(UTF_8);
  private static final byte[] NULL = ascii("null");
  private static final byte[] TRUE = ascii("true");
  private static final byte[] FALSE = ascii("false");
  /**
   * The slots of the cache of encoded strings (a power of two), in sets of two: a string's hash picks a set, which
   * keeps two strings, the one used last first.
   */
  private static final int CACHE_SLOTS = 4096;
  /** The longest string the cache keeps (longer ones are encoded each time). */
  private static final int CACHE_MAX_LENGTH = 512;

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

  /**
   * The cache of {@link #cachedChars(String)}: strings, each with the escaped UTF-8 of its chars (no quotes) in the
   * same slot of {@code cacheValues} and its hash in {@code cacheHashes}. The usual hit is a reference check.
   */
  private final String[] cacheKeys;
  private final int[] cacheHashes;
  private final byte[][] cacheValues;
  private byte[] bytes;
  private int size;

  /** An empty buffer of the given initial capacity in bytes. */
  public Utf8Json(int capacity) {
    this(capacity, CACHE_SLOTS);
  }

  private Utf8Json(int capacity, int cacheSlots) {
    this.bytes = new byte[Math.max(capacity, 64)];
    this.cacheKeys = new String[cacheSlots];
    this.cacheHashes = new int[cacheSlots];
    this.cacheValues = new byte[cacheSlots][];
  }

  /** The bytes of an ASCII fragment (a field name with its punctuation, a quoted code). */
  public static byte[] ascii(String fragment) {
    return fragment.getBytes(UTF_8);
  }

  /** The JSON string literal of {@code text}, quoted and escaped, as UTF-8. */
  public static byte[] quoted(String text) {
    // Room for the worst case, so that it never grows: the JIT then sees grow() as the rare path it is (it inlines
    // a method called a few hundred times, as here for the templates' pieces, into every caller of ensure()).
    // No cache (nothing here calls cachedChars).
    Utf8Json one = new Utf8Json((int) Math.min(Integer.MAX_VALUE - 16, 2 + 18L * text.length()), 0);
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

  /** Forgets the bytes written after the first {@code newSize} (to rewrite them another way). */
  public void truncate(int newSize) {
    if (newSize < 0 || newSize > size) {
      throw new IndexOutOfBoundsException("size " + newSize + " of " + size);
    }
    size = newSize;
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
    b[i] = '"';
    iso(b, i + 1, year, day.getMonthValue(), day.getDayOfMonth());
    b[i + 11] = '"';
    size = i + 12;
  }

  /** Appends a date's text {@code YYYY-MM-DD} ({@link LocalDate#toString()}) inside a string: no quotes. */
  public void dateChars(LocalDate day) {
    int year = day.getYear();
    if (year < 1000 || year > 9999) {
      chars(day.toString());
      return;
    }
    ensure(10);
    iso(bytes, size, year, day.getMonthValue(), day.getDayOfMonth());
    size += 10;
  }

  /** Writes the ten ASCII bytes of a date of a four-digit year at {@code b[i]}. */
  private static void iso(byte[] b, int i, int year, int month, int dom) {
    b[i] = (byte) ('0' + year / 1000);
    b[i + 1] = (byte) ('0' + year / 100 % 10);
    b[i + 2] = (byte) ('0' + year / 10 % 10);
    b[i + 3] = (byte) ('0' + year % 10);
    b[i + 4] = '-';
    b[i + 5] = (byte) ('0' + month / 10);
    b[i + 6] = (byte) ('0' + month % 10);
    b[i + 7] = '-';
    b[i + 8] = (byte) ('0' + dom / 10);
    b[i + 9] = (byte) ('0' + dom % 10);
  }

  /**
   * Appends a string that recurs from line to line (a profile id, a legal basis, a rule name), encoded once
   * and then copied. Same bytes as {@link #string(String)}.
   */
  public void cached(String text) {
    raw('"');
    if (!cachedChars(text)) {
      chars(text);
    }
    raw('"');
  }

  /**
   * Appends the inside of a JSON string literal, as {@link #chars(String)}, for a string that recurs (a piece of a
   * trace detail, a legal basis): copied from a small cache of encoded strings. Returns false, writing nothing,
   * for a string with a surrogate, which this method leaves to the caller (its pieces joined might pair it).
   */
  public boolean cachedChars(String text) {
    int h = text.hashCode();
    int slot = (h ^ (h >>> 16)) & (CACHE_SLOTS - 2);
    if (cacheKeys[slot] != text) {
      return notFirst(text, h, slot);
    }
    raw(cacheValues[slot]);
    return true;
  }

  /**
   * Not the very string first in its set (kept out of the hot path): an equal copy of it, the second string (which
   * then moves first), or a miss, encoded and kept first.
   */
  private boolean notFirst(String text, int h, int slot) {
    int at = -1;
    if (cacheHashes[slot] == h && text.equals(cacheKeys[slot])) {
      at = slot;
    } else if (cacheHashes[slot + 1] == h && text.equals(cacheKeys[slot + 1])) {
      at = slot + 1;
    }
    if (at >= 0) {
      byte[] encoded = cacheValues[at];
      if (at != slot) {
        keep(slot, h, text, encoded);
      }
      raw(encoded);
      return true;
    }
    return missed(text, h, slot);
  }

  /** A string not in the cache: refused (a surrogate), or written, and kept first in its set when short. */
  private boolean missed(String text, int h, int slot) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return false;
      }
    }
    int start = size;
    chars(text);
    if (n <= CACHE_MAX_LENGTH) {
      keep(slot, h, text, Arrays.copyOfRange(bytes, start, size));
    }
    return true;
  }

  /** Puts a string first in its set, the first one second (so two strings that take turns in a set both stay). */
  private void keep(int slot, int h, String text, byte[] encoded) {
    cacheKeys[slot + 1] = cacheKeys[slot];
    cacheHashes[slot + 1] = cacheHashes[slot];
    cacheValues[slot + 1] = cacheValues[slot];
    cacheKeys[slot] = text;
    cacheHashes[slot] = h;
    cacheValues[slot] = encoded;
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
    // Fast path for the usual text (paths, codes, IDs): printable ASCII with nothing to escape, whose UTF-8 is its
    // chars' low bytes; one scan, then one bulk copy into the buffer (no encoded copy). The scan has no branch (a
    // non-ASCII char sets a bit above the low 7, an escape a table entry): a loop that left early on such text
    // made the JIT's profile-based loop predicates fail, and chars() compiled again, whenever it came.
    int n = text.length();
    int special = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      special |= (c >>> 7) | ESCAPES[c & 0x7F];
    }
    if (special != 0) {
      escaped(text);
      return;
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
