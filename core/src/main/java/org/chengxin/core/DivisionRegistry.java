package org.chengxin.core;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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

  private final Map<String, String> names;

  private DivisionRegistry(Map<String, String> names) {
    this.names = Collections.unmodifiableMap(names);
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
    Map<String, String> names = new TreeMap<>();
    try (InputStream in = loader.getResourceAsStream(NATIONAL_RESOURCE)) {
      if (in == null) {
        throw new ChengxinException("resource " + NATIONAL_RESOURCE + " is missing from the class path");
      }
      read(in, NATIONAL_RESOURCE, names);
      Enumeration<URL> extensions = loader.getResources(EXTENSION_RESOURCE);
      while (extensions.hasMoreElements()) {
        URL url = extensions.nextElement();
        try (InputStream ext = url.openStream()) {
          read(ext, url.toString(), names);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read division codes", e);
    }
    return new DivisionRegistry(names);
  }

  private static void read(InputStream in, String source, Map<String, String> names) throws IOException {
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
    return code != null && names.containsKey(code);
  }

  /** The name of a known code, e.g. {@code 611026} → 柞水县. */
  public Optional<String> name(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(names.get(code));
  }

  /** Every known code with its name, sorted by code. */
  public Map<String, String> codes() {
    return names;
  }
}
