package org.chengxin.formats.report;

import java.util.Locale;

/** The output formats of the reports (SPEC §6). */
public enum ReportFormat {
  /** UTF-8 JSON. */
  JSON,
  /** UTF-8 CSV with a byte-order mark, RFC 4180 quoting, formula-looking cells prefixed with {@code '}. */
  CSV,
  /** A standalone printable HTML page: inline CSS, no script, nothing from the network. */
  HTML;

  /**
   * Parses {@code json}, {@code csv} or {@code html} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public static ReportFormat parse(String text) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(text.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown report format '" + text + "' (expected json, csv or html)");
  }

  /** The lower-case name, e.g. {@code csv}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
