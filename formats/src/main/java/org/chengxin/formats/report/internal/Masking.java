package org.chengxin.formats.report.internal;

import java.util.Optional;
import org.chengxin.core.CitizenIdNumber;

/** Masking of natural persons' data in public outputs (SPEC §6 public disclosure list). */
public final class Masking {

  private Masking() {}

  /**
   * A natural person's name: its first character and one {@code *} for every further character, counted in code
   * points ({@code 张三丰} → {@code 张**}, {@code 𠮷野家} → {@code 𠮷**}). Leading and trailing blanks are dropped first.
   */
  public static String name(String name) {
    String s = name.strip();
    if (s.isEmpty()) {
      return s;
    }
    int first = s.offsetByCodePoints(0, 1);
    int rest = s.codePointCount(first, s.length());
    return s.substring(0, first) + "*".repeat(rest);
  }

  /**
   * Free text of a natural person's record with every occurrence of the person's full name and ID number replaced
   * by their masked forms (a decision's content often names its subject).
   */
  public static String redact(String text, String fullName, Optional<CitizenIdNumber> id) {
    String out = text;
    String name = fullName.strip();
    if (name.codePointCount(0, name.length()) > 1) {
      out = out.replace(name, name(name));
    }
    if (id.isPresent()) {
      String value = id.get().value();
      out = out.replace(value, id.get().masked());
      // an ID quoted with a lower-case check character is the same ID
      out = out.replace(value.toLowerCase(java.util.Locale.ROOT), id.get().masked());
    }
    return out;
  }
}
