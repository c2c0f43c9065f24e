package org.chengxin.formats;

import java.util.List;
import java.util.Optional;
import org.chengxin.core.Problem;
import org.chengxin.core.Severity;

/**
 * One item read by an {@link EvaluationInputReader}: where it was (a line of JSON text, or a CSV row), its id when
 * readable, its problems (located) and, when it has no ERROR, the value.
 *
 * @param <T> the item type ({@code Commitment}, {@code Complaint} or {@code LitigationCase})
 */
public final class InputItem<T> {
  private final long location;
  private final boolean csv;
  private final String id;
  private final List<Problem> problems;
  private final T value;

  InputItem(long location, boolean csv, String id, List<Problem> problems, T value) {
    this.location = location;
    this.csv = csv;
    this.id = id;
    this.problems = List.copyOf(problems);
    this.value = value;
  }

  /** The 1-based line of JSON text where the item starts; empty for CSV. */
  public Optional<Long> line() {
    return csv ? Optional.empty() : Optional.of(location);
  }

  /** The CSV data row (from 1); empty for JSON text. */
  public Optional<Long> row() {
    return csv ? Optional.of(location) : Optional.empty();
  }

  /** The item's {@code id}, when it is a string. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** Every problem of the item. */
  public List<Problem> problems() {
    return problems;
  }

  /** True when the item has no ERROR. */
  public boolean isValid() {
    return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
  }

  /** The value, when valid. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }
}
