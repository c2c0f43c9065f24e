package org.chengxin.rules;

import static java.util.Objects.requireNonNull;

/**
 * One step of an assessment's derivation trace (推导过程): the rule applied, the profile parameter's citation
 * and the arithmetic, e.g. {@code R-DISC-3}, {@code 发改办财金〔2019〕527号}, {@code 2024-01-08 + P1Y = 2025-01-08}.
 *
 * <p>An immutable value: two entries are equal when their rule, basis and detail are equal, whichever way they were
 * made (the engine's entries keep the detail's parts and write its text only when asked, once). Thread-safe.
 */
public abstract class TraceEntry {

  /** For {@link #of} and the engine's entries; the subclass must be an immutable value of non-null texts. */
  protected TraceEntry() {}

  /** The SPEC rule, e.g. {@code R-DISC-2}. */
  public abstract String rule();

  /** The citation of the profile parameter used ({@link Basis#citation()}), or {@code ""} for none. */
  public abstract String basis();

  /** The arithmetic, e.g. {@code 7th working day after 2024-01-08 = 2024-01-17}. */
  public abstract String detail();

  /** A trace entry, e.g. {@code of("R-DISC-3", "NDRC Order 58", "2024-01-08 + P1Y = 2025-01-08")}. */
  public static TraceEntry of(String rule, String basis, String detail) {
    return new Text(rule, basis, detail);
  }

  /** Whether {@code another} is a trace entry of equal rule, basis and detail. */
  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof TraceEntry)) {
      return false;
    }
    TraceEntry t = (TraceEntry) another;
    return rule().equals(t.rule()) && basis().equals(t.basis()) && detail().equals(t.detail());
  }

  /** A hash of the rule, basis and detail. */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + rule().hashCode();
    h += (h << 5) + basis().hashCode();
    h += (h << 5) + detail().hashCode();
    return h;
  }

  /** E.g. {@code TraceEntry{rule=R-RET, basis=, detail=2024-01-08 (decidedOn) + P5Y = 2029-01-08}}. */
  @Override
  public final String toString() {
    return "TraceEntry{rule=" + rule() + ", basis=" + basis() + ", detail=" + detail() + "}";
  }

  /** The entry of {@link #of}: three texts. */
  private static final class Text extends TraceEntry {
    private final String rule;
    private final String basis;
    private final String detail;

    Text(String rule, String basis, String detail) {
      this.rule = requireNonNull(rule, "rule");
      this.basis = requireNonNull(basis, "basis");
      this.detail = requireNonNull(detail, "detail");
    }

    @Override
    public String rule() {
      return rule;
    }

    @Override
    public String basis() {
      return basis;
    }

    @Override
    public String detail() {
      return detail;
    }
  }
}
