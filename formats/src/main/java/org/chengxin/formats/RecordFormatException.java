package org.chengxin.formats;

import java.util.List;
import java.util.stream.Collectors;
import org.chengxin.core.ChengxinException;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.core.Severity;

/**
 * A record that is not valid canonical JSON: carries every problem the validator found (warnings included).
 * The message lists the errors in English.
 */
public final class RecordFormatException extends ChengxinException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** An exception carrying the problems of one record (at least one of them an ERROR). */
  public RecordFormatException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    String errors = problems.stream()
        .filter(p -> p.severity() == Severity.ERROR)
        .map(p -> p.code() + " " + p.message(Language.EN))
        .collect(Collectors.joining("; "));
    Object id = problems.stream().flatMap(p -> p.recordId().stream()).findFirst().orElse(null);
    return "invalid record" + (id == null ? "" : " '" + id + "'") + ": " + errors;
  }
}
