package org.chengxin.formats;

import java.util.ArrayList;
import java.util.List;
import org.chengxin.core.Problem;

/**
 * Everything an {@link EvaluationInputReader} read from one input: the valid values in input order, the problems
 * of the invalid items (and of the file, such as {@code CSV_HEADER} or {@code ENCODING}), and the counts, with
 * {@code read() = valid() + invalid()}.
 *
 * @param <T> the item type
 */
public final class InputBatch<T> {
  private final List<T> values = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private long read;
  private long invalid;

  InputBatch() {}

  void add(InputItem<T> item) {
    read++;
    problems.addAll(item.problems());
    if (item.isValid()) {
      values.add(item.value().orElseThrow());
    } else {
      invalid++;
    }
  }

  void fileProblem(Problem problem) {
    problems.add(problem);
  }

  /** The valid values, in input order. */
  public List<T> values() {
    return List.copyOf(values);
  }

  /** Every problem, in input order. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Items read (valid + invalid); a line that is not JSON counts as one invalid item. */
  public long read() {
    return read;
  }

  /** Items without an ERROR. */
  public long valid() {
    return read - invalid;
  }

  /** Items with at least one ERROR. */
  public long invalid() {
    return invalid;
  }

  /** Whether the input had any ERROR, of an item or of the file. */
  public boolean hasErrors() {
    return invalid > 0 || problems.stream().anyMatch(p -> p.severity() == org.chengxin.core.Severity.ERROR);
  }
}
