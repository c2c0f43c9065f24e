package org.chengxin.testkit;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The outcome of running one vector: its differences, or the error that stopped the implementation. */
@Value.Immutable
public abstract class VectorResult {

  /** The vector. */
  public abstract ConformanceVector vector();

  /** Field-level differences between expected and actual output (empty when conformant). */
  public abstract List<Difference> differences();

  /** The exception text when the implementation failed instead of producing output. */
  public abstract Optional<String> error();

  /** True when the implementation ran and produced exactly the expected output. */
  public boolean passed() {
    return error().isEmpty() && differences().isEmpty();
  }

  /** A multi-line explanation: the vector id, its rules, then each difference or the error. */
  public String report() {
    StringBuilder sb = new StringBuilder(vector().id()).append(' ').append(vector().rules())
        .append(passed() ? ": passed" : ": FAILED");
    error().ifPresent(e -> sb.append("\n  error: ").append(e));
    differences().forEach(d -> sb.append("\n  ").append(d));
    return sb.toString();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VectorResult}. */
  public static final class Builder extends ImmutableVectorResult.Builder {
    Builder() {}
  }
}
