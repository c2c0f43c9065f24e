package org.chengxin.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.chengxin.core.Problem;
import org.chengxin.core.Record;
import org.chengxin.core.Severity;
import org.chengxin.formats.internal.RecordBinder;

/**
 * One record as read by a {@link RecordReader} or a {@link TableReader}: where it starts, its {@code recordId} when readable, its
 * problems (each located by line, and by column where known) and, when it has no ERROR, the record itself.
 *
 * <p>A clean record in canonical field order is bound by the reader's fast path in the pass that checks it,
 * without a tree (and not at all when the reader keeps problems only); any other valid record is bound from its
 * tree on the first call to {@link #record()} (or ahead, by the reader's worker threads). Not thread-safe: hand a
 * result to one thread.
 */
public final class ReadResult {
  private final long line;
  private final long row;
  private final String recordId;
  private JsonNode tree;
  private final List<Problem> problems;
  private final boolean valid;
  private Record record;

  ReadResult(long line, String recordId, JsonNode tree, Record record, List<Problem> problems) {
    this(line, -1, recordId, tree, record, problems);
  }

  /** A row of a CSV or XLSX table ({@code row} ≥ 1; the header, row 0, for a header problem). */
  ReadResult(long line, long row, String recordId, JsonNode tree, List<Problem> problems) {
    this(line, row, recordId, tree, (Record) null, problems);
  }

  private ReadResult(long line, long row, String recordId, JsonNode tree, Record record, List<Problem> problems) {
    this.line = line;
    this.row = row;
    this.recordId = recordId;
    this.problems = List.copyOf(problems);
    boolean error = false;
    for (int i = 0; i < problems.size(); i++) {
      error |= problems.get(i).severity() == Severity.ERROR;
    }
    this.valid = !error;
    this.tree = valid ? tree : null;
    this.record = valid ? record : null;
  }

  /**
   * The 1-based line where the record starts: in a JSON text, or the physical line of a CSV row (quoted line
   * breaks count); 0 for an XLSX row.
   */
  public long line() {
    return line;
  }

  /** The data row of a CSV or XLSX record, counted from 1 (the header is row 0); empty for JSON input. */
  public Optional<Long> row() {
    return row < 0 ? Optional.empty() : Optional.of(row);
  }

  /** The record's {@code recordId}, when it is a string (valid or not). */
  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  /** Every problem of the record (warnings included), located in the input. */
  public List<Problem> problems() {
    return problems;
  }

  /** True when the record has no ERROR (it may have warnings). */
  public boolean isValid() {
    return valid;
  }

  /** The record, when valid. */
  public Optional<Record> record() {
    if (record != null) {
      return Optional.of(record); // bound by the fast path or ahead by a worker thread
    }
    if (!valid || tree == null) {
      return Optional.empty(); // invalid, or read for its problems only
    }
    record = RecordBinder.bind(tree);
    tree = null;
    return Optional.of(record);
  }
}
