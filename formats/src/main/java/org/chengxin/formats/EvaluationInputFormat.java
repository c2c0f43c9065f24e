package org.chengxin.formats;

import java.util.Locale;

/** The text formats of the evaluation inputs (commitments, complaints, litigation cases; SPEC §7). */
public enum EvaluationInputFormat {
  /** By file name: {@code .ndjson}/{@code .jsonl} → NDJSON, {@code .json} → JSON, {@code .csv} → CSV. */
  AUTO,
  /** One object, or an array of objects. */
  JSON,
  /** One object per line; blank lines are skipped. */
  NDJSON,
  /** The flat CSV: a header row of the field names, one item per row. */
  CSV;

  /**
   * The format of a file by its name.
   *
   * @throws IllegalArgumentException quoting a name with none of the known extensions
   */
  public static EvaluationInputFormat forFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
      return NDJSON;
    }
    if (lower.endsWith(".json")) {
      return JSON;
    }
    if (lower.endsWith(".csv")) {
      return CSV;
    }
    throw new IllegalArgumentException("cannot tell the format of '" + name + "' (expected .ndjson, .jsonl, .json or .csv)");
  }
}
