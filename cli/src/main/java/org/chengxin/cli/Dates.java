package org.chengxin.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.chengxin.formats.internal.Syntax;
import picocli.CommandLine.TypeConversionException;

/** Strict {@code YYYY-MM-DD} dates on the command line. */
final class Dates {

  /** Built on first use only: most runs name a plain date, which needs no formatter. */
  private static final class Iso {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
        .withResolverStyle(ResolverStyle.STRICT);
  }

  private Dates() {}

  /** Parses {@code 2024-03-01}; anything else (including {@code 2024-02-30}) is a usage error. */
  static LocalDate parse(String text) {
    LocalDate plain = plain(text);
    if (plain != null) {
      return plain;
    }
    try {
      return LocalDate.parse(text, Iso.FORMAT);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + text + "' is not a date YYYY-MM-DD");
    }
  }

  /**
   * Exactly {@code DDDD-DD-DD} naming a real day: that day (what the strict {@code uuuu-MM-dd} formatter gives);
   * else {@code null}, and the formatter decides.
   */
  static LocalDate plain(String text) {
    return text == null ? null : Syntax.date(text);
  }
}
