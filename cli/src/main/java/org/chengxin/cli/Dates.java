package org.chengxin.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine.TypeConversionException;

/** Strict {@code YYYY-MM-DD} dates on the command line. */
final class Dates {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  private Dates() {}

  /** Parses {@code 2024-03-01}; anything else (including {@code 2024-02-30}) is a usage error. */
  static LocalDate parse(String text) {
    try {
      return LocalDate.parse(text, ISO);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + text + "' is not a date YYYY-MM-DD");
    }
  }
}
