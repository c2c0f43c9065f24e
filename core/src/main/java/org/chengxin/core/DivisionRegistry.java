package org.chengxin.core;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The division codes Chengxin knows (R-ID-3): the national list compiled from the National Bureau of
 * Statistics' 2023 statistical division codes (provinces {@code PP0000}, prefectures {@code PPCC00}, county-level
 * units), plus any {@code META-INF/chengxin/divisions.txt} found on the class path — a platform adds retired or
 * local codes there, without code. Immutable and thread-safe.
 *
 * <p>The file format (UTF-8): one {@code CODE NAME} per line, e.g. {@code 611026 柞水县}; blank lines and lines
 * starting with {@code #} are ignored. A malformed line, or a code listed twice in one file, fails the load with
 * a {@link ChengxinException} naming the file and the line. A code already known from an earlier file (the
 * national list comes first) keeps its first name: an extension adds codes, it never renames them.
 *
 * <pre>{@code
 * DivisionRegistry.national().name("611026");   // Optional[柞水县]
 * DivisionRegistry.national().isKnown("999999"); // false: a warning DIVISION_UNKNOWN, not an error
 * }</pre>
 */
public final class DivisionRegistry {

  static final String NATIONAL_RESOURCE = "org/chengxin/core/divisions.txt";
  static final String EXTENSION_RESOURCE = "META-INF/chengxin/divisions.txt";

  private static final class Holder {
    static final DivisionRegistry NATIONAL = load(DivisionRegistry.class.getClassLoader());
  }

  /** The known codes as numbers, ascending: a binary search answers {@link #isKnown}. */
  private final int[] codes;
  /** The names, in the order of {@link #codes}; an entry is null until first decoded from {@link #text}. */
  private final String[] names;
  /** The national file's UTF-8 bytes, or null: the name of {@code codes[i]} is {@code text[starts[i], ends[i])}. */
  private final byte[] text;
  private final int[] starts;
  private final int[] ends;
  /** {@link #codes()}, built on first use. */
  private volatile Map<String, String> map;

  private DivisionRegistry(int[] codes, String[] names, byte[] text, int[] starts, int[] ends) {
    this.codes = codes;
    this.names = names;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  private static DivisionRegistry of(Map<String, String> sorted) {
    int[] codes = new int[sorted.size()];
    String[] names = new String[codes.length];
    int i = 0;
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      codes[i] = Integer.parseInt(e.getKey());
      names[i] = e.getValue();
      i++;
    }
    return new DivisionRegistry(codes, names, null, null, null);
  }

  /** The national list plus the extension files visible to this class's loader, loaded once. */
  public static DivisionRegistry national() {
    return Holder.NATIONAL;
  }

  /**
   * Loads the national list and every extension file visible to a class loader, in the loader's order.
   *
   * @throws ChengxinException naming the file and line of a malformed line
   * @throws UncheckedIOException if a file cannot be read
   */
  public static DivisionRegistry load(ClassLoader loader) {
    requireNonNull(loader, "loader");
    try {
      byte[] national;
      try (InputStream in = loader.getResourceAsStream(NATIONAL_RESOURCE)) {
        if (in == null) {
          throw new ChengxinException("resource " + NATIONAL_RESOURCE + " is missing from the class path");
        }
        national = in.readAllBytes();
      }
      Enumeration<URL> extensions = loader.getResources(EXTENSION_RESOURCE);
      if (!extensions.hasMoreElements()) {
        DivisionRegistry quick = quick(national);
        if (quick != null) {
          return quick;
        }
      }
      Map<String, String> names = new TreeMap<>();
      read(new ByteArrayInputStream(national), NATIONAL_RESOURCE, names);
      while (extensions.hasMoreElements()) {
        URL url = extensions.nextElement();
        try (InputStream ext = url.openStream()) {
          read(ext, url.toString(), names);
        }
      }
      return of(names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read division codes", e);
    }
  }

  /**
   * The registry of one file whose every line is blank ({@code ""}), a comment ({@code #…}) or exactly
   * {@code DDDDDD NAME} (six digits, one space, a name that neither starts nor ends with white space), in
   * ascending code order, without {@code \r}: then {@link #read} would give the same map. Otherwise {@code null},
   * and {@link #read} reads the file (and words any error).
   *
   * <p>It scans the UTF-8 bytes and decodes a name only when it is asked for: the national list is read at the
   * start of most runs, and decoding its 63 KB of Chinese names, or stepping through them char by char, is
   * start-up time. Every byte it looks at is ASCII ({@code \n}, {@code #}, digits, the space), which the UTF-8
   * decoder never folds into another character, so lines and offsets are those of the decoded text.
   */
  static DivisionRegistry quick(byte[] text) {
    int length = text.length;
    int lines = 1;
    for (int i = 0; i < length; i++) {
      byte b = text[i];
      if (b == '\n') {
        lines++;
      } else if (b == '\r') {
        return null;
      }
    }
    int[] codes = new int[lines];
    int[] starts = new int[lines];
    int[] ends = new int[lines];
    int n = 0;
    int previous = -1;
    for (int at = 0; at < length; ) {
      int end = at;
      while (end < length && text[end] != '\n') {
        end++;
      }
      if (end > at && text[at] != '#') {
        if (end - at < 8 || text[at + 6] != ' ' || startsWithSpace(text, at + 7, end)
            || endsWithSpace(text, at + 7, end)) {
          return null;
        }
        int code = 0;
        for (int i = at; i < at + 6; i++) {
          byte c = text[i];
          if (c < '0' || c > '9') {
            return null;
          }
          code = code * 10 + (c - '0');
        }
        if (code <= previous) {
          return null;
        }
        previous = code;
        codes[n] = code;
        starts[n] = at + 7;
        ends[n] = end;
        n++;
      }
      at = end + 1;
    }
    return new DivisionRegistry(Arrays.copyOf(codes, n), new String[n], text, starts, ends);
  }

  /** As {@link #quick(byte[])}, for the UTF-8 encoding of {@code text}. */
  static DivisionRegistry quick(String text) {
    return quick(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether the text {@code [from, end)} (at least one byte) starts with a character that is
   * {@link Character#isWhitespace}: an ASCII one, or one of U+1680, U+2000–U+205F, U+3000, the only others, all
   * three bytes long with a lead byte E1–E3.
   */
  private static boolean startsWithSpace(byte[] text, int from, int end) {
    int b = text[from] & 0xFF;
    if (b < 0x80) {
      return Character.isWhitespace(b);
    }
    return from + 3 <= end && isSpace3(text, from);
  }

  /** Whether the text {@code [from, end)} (at least one byte) ends with a {@link Character#isWhitespace} one. */
  private static boolean endsWithSpace(byte[] text, int from, int end) {
    int b = text[end - 1] & 0xFF;
    if (b < 0x80) {
      return Character.isWhitespace(b);
    }
    // a continuation byte never starts a sequence: three bytes E1–E3 80–BF 80–BF at the end decode as one character
    return end - 3 >= from && isSpace3(text, end - 3);
  }

  /** Whether the three bytes at {@code i} are a well-formed UTF-8 sequence of a white-space character. */
  private static boolean isSpace3(byte[] text, int i) {
    int b0 = text[i] & 0xFF;
    int b1 = text[i + 1] & 0xFF;
    int b2 = text[i + 2] & 0xFF;
    if (b0 < 0xE1 || b0 > 0xE3 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) {
      return false;
    }
    return Character.isWhitespace(((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F));
  }

  static void read(InputStream in, String source, Map<String, String> names) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Set<String> inThisFile = new HashSet<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int space = t.indexOf(' ');
      String code = space < 0 ? t : t.substring(0, space);
      String name = space < 0 ? "" : t.substring(space + 1).strip();
      if (!DivisionCode.isValid(code)) {
        throw new ChengxinException(source + ":" + number + ": '" + code + "' is not a 6-digit division code");
      }
      if (name.isEmpty()) {
        throw new ChengxinException(source + ":" + number + ": code " + code + " has no name (expected 'CODE NAME')");
      }
      if (!inThisFile.add(code)) {
        throw new ChengxinException(source + ":" + number + ": code " + code + " is listed twice");
      }
      names.putIfAbsent(code, name);
    }
  }

  /** Whether the code is known; false for null. */
  public boolean isKnown(String code) {
    return indexOf(code) >= 0;
  }

  /** The name of a known code, e.g. {@code 611026} → 柞水县. */
  public Optional<String> name(String code) {
    int i = indexOf(code);
    return i < 0 ? Optional.empty() : Optional.of(nameAt(i));
  }

  /**
   * Every known code as a number, ascending, without reading any name: {@code 611026} for 柞水县, {@code 110000}
   * for 北京市 (a code with leading zeros, were there one, loses them). A fresh array.
   */
  public int[] codeNumbers() {
    return codes.clone();
  }

  /** Every known code with its name, sorted by code. */
  public Map<String, String> codes() {
    Map<String, String> m = map;
    if (m == null) {
      Map<String, String> all = new TreeMap<>();
      for (int i = 0; i < codes.length; i++) {
        all.put(code(codes[i]), nameAt(i));
      }
      m = Collections.unmodifiableMap(all);
      map = m;
    }
    return m;
  }

  /** The index of a code in {@link #codes}, or a negative number when it is not six digits or not known. */
  private int indexOf(String code) {
    if (code == null || code.length() != 6) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < 6; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return Arrays.binarySearch(codes, value);
  }

  private String nameAt(int i) {
    String name = names[i];
    if (name == null) {
      // a racing thread computes an equal string: harmless
      name = new String(text, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
      names[i] = name;
    }
    return name;
  }

  private static String code(int value) {
    String digits = Integer.toString(value);
    return "000000".substring(digits.length()) + digits;
  }
}
