package org.chengxin.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.chengxin.core.Problem;
import org.chengxin.core.Record;
import org.chengxin.core.Severity;
import org.chengxin.formats.internal.RecordBinder;

/**
 * One record as read by a {@link RecordReader}: where it starts, its {@code recordId} when readable, its
 * problems (each located by line, and by column where known) and, when it has no ERROR, the record itself.
 *
 * <p>A clean record in canonical field order is bound by the reader straight from its bytes (no tree); any
 * other valid record is bound from its tree on the first call to {@link #record()} (or ahead, by the reader's
 * worker threads). Validation alone ({@link Validation}) binds nothing. Not thread-safe: hand a result to one
 * thread.
 */
public final class ReadResult {
  private final long line;
  private final String recordId;
  private JsonNode tree;
  private final List<Problem> problems;
  private final boolean valid;
  private Record record;

  ReadResult(long line, String recordId, JsonNode tree, Record record, List<Problem> problems) {
    this.line = line;
    this.recordId = recordId;
    this.problems = List.copyOf(problems);
    boolean error = false;
    for (Problem p : problems) {
      error |= p.severity() == Severity.ERROR;
    }
    this.valid = !error;
    this.tree = valid ? tree : null;
    this.record = valid ? record : null;
  }

  /** The 1-based line where the record starts. */
  public long line() {
    return line;
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
    if (!valid) {
      return Optional.empty();
    }
    if (record == null && tree != null) {
      record = RecordBinder.bind(tree);
      tree = null;
    }
    return Optional.ofNullable(record); // empty when read for its problems only
  }
}
