package org.chengxin.formats;

import java.util.List;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Severity;
import org.immutables.value.Value;

/**
 * All occurrences of one problem code in a validation (SPEC §8): how many, and the first five as samples in
 * input order.
 */
@Value.Immutable
public abstract class ValidationNotice {

  /** The code. */
  public abstract ProblemCode code();

  /** The severity, fixed by the code. */
  public final Severity severity() {
    return code().severity();
  }

  /** How many problems had this code. */
  public abstract long count();

  /** The first min(5, count) occurrences, in input order (each with its recordId, line or row, path, value). */
  public abstract List<Problem> samples();

  /** A notice. */
  public static ValidationNotice of(ProblemCode code, long count, List<Problem> samples) {
    return ImmutableValidationNotice.builder().code(code).count(count).samples(samples).build();
  }
}
