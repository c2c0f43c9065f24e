package org.chengxin.formats;

import java.util.Locale;

/** How records are laid out in a JSON input (SPEC §3, §6). */
public enum RecordFormat {
  /**
   * Decided from the first byte that is not whitespace (after an optional BOM): {@code [} is {@link #JSON},
   * anything else {@link #NDJSON}.
   */
  AUTO,
  /** A JSON array of records, or one record (or several concatenated) as plain JSON values. */
  JSON,
  /** One record per line; empty lines are skipped. */
  NDJSON;

  /**
   * The format a file name implies (SPEC §6): {@code .ndjson} and {@code .jsonl} are NDJSON, {@code .json}
   * is JSON, anything else AUTO.
   */
  public static RecordFormat forFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".ndjson") || n.endsWith(".jsonl")) {
      return NDJSON;
    }
    return n.endsWith(".json") ? JSON : AUTO;
  }
}
