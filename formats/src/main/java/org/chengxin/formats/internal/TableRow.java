package org.chengxin.formats.internal;

import java.util.List;
import org.chengxin.core.Problem;

/**
 * One row of a CSV or XLSX table: its data row number (the header is row 0), the physical line where it starts
 * (CSV; 0 when unknown), its cells, or the problem that made it unreadable ({@code CSV_ROW}, {@code TOO_LARGE},
 * {@code ENCODING}). After an {@code ENCODING} row ({@link #fatal}) nothing more is read.
 */
public final class TableRow {
  public final long row;
  public final long line;
  public final List<String> cells;
  public final Problem problem;
  public final boolean fatal;

  TableRow(long row, long line, List<String> cells, Problem problem, boolean fatal) {
    this.row = row;
    this.line = line;
    this.cells = cells;
    this.problem = problem;
    this.fatal = fatal;
  }

  /** Whether every cell is empty (such rows are skipped, as spreadsheets leave them at the end). */
  public boolean blank() {
    if (problem != null) {
      return false;
    }
    for (String c : cells) {
      if (!c.isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
