package org.chengxin.formats;

import java.util.Locale;

/**
 * How records are laid out in an input (SPEC §3, §6): JSON, NDJSON ({@link RecordReader}), the flat canonical
 * CSV, the 双公示 penalty CSV templates and XLSX ({@link TableReader}).
 */
public enum RecordFormat {
  /**
   * For a file, its extension ({@link #forFileName}); for a {@code .csv} file, its first header (行政相对人名称
   * → {@link #PENALTY_CSV}, else {@link #CSV}). For a JSON stream, the first byte that is not whitespace (after
   * an optional BOM): {@code [} is {@link #JSON}, anything else {@link #NDJSON}.
   */
  AUTO,
  /** A JSON array of records, or one record (or several concatenated) as plain JSON values. */
  JSON,
  /** One record per line; empty lines are skipped. */
  NDJSON,
  /** The flat canonical CSV: dotted headers ({@code subject.uscc}), one row per record (docs/csv.md). */
  CSV,
  /** The 双公示 administrative-penalty CSV templates, legal or natural persons (R-CSV, docs/csv.md). */
  PENALTY_CSV,
  /** The first sheet of an XLSX workbook in the flat layout or a 双公示 template (told by its first header). */
  XLSX;

  /** Whether the format is a table (CSV, penalty CSV, XLSX), read by {@link TableReader}. */
  public boolean isTable() {
    return this == CSV || this == PENALTY_CSV || this == XLSX;
  }

  /**
   * The format named on the command line: {@code auto}, {@code json}, {@code ndjson}, {@code csv},
   * {@code penalty-csv} or {@code xlsx}.
   *
   * @throws IllegalArgumentException for another name, quoting it
   */
  public static RecordFormat parse(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace('-', '_');
    for (RecordFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name
        + "': expected auto, json, ndjson, csv, penalty-csv or xlsx");
  }

  /**
   * The format a file name implies (SPEC §6): {@code .ndjson} and {@code .jsonl} are NDJSON, {@code .json}
   * is JSON, {@code .xlsx} XLSX, anything else AUTO (a {@code .csv} stays AUTO: its first header decides
   * between {@link #CSV} and {@link #PENALTY_CSV}).
   */
  public static RecordFormat forFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".ndjson") || n.endsWith(".jsonl")) {
      return NDJSON;
    }
    if (n.endsWith(".xlsx")) {
      return XLSX;
    }
    return n.endsWith(".json") ? JSON : AUTO;
  }
}
