package org.chengxin.rules.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.chengxin.rules.TraceEntry;

/**
 * The engine's trace entry: its detail kept as the parts it is made of (texts and dates), its text written only
 * when {@link #detail()} is first asked for. A writer of assessments can read the parts instead and write them
 * straight into its own buffer ({@link #partCount()}, {@link #part(int)}), never making the detail string; the
 * concatenation of the parts' texts is {@link #detail()}.
 *
 * <p>Immutable and thread-safe: the parts never change, and the detail is cached like {@link String#hashCode()} (a
 * thread that finds no cached text writes an equal one).
 */
public final class TraceParts extends TraceEntry {

  private final String rule;
  private final String basis;
  /** Each a String or a LocalDate (written as {@link LocalDate#toString()}); never changed. */
  private final Object[] parts;
  /** {@link #detail()}, once written (a benign race: every thread writes an equal string). */
  private String detail;

  /** An entry of the given parts (each a String or a LocalDate; the array is kept as is and must not change). */
  TraceParts(String rule, String basis, Object[] parts) {
    this.rule = requireNonNull(rule, "rule");
    this.basis = requireNonNull(basis, "basis");
    this.parts = parts;
  }

  /**
   * An entry of the given parts, each a String or a LocalDate (for writers' tests; the engine makes its entries
   * with {@link TraceText}), e.g. {@code of("R-RET", "", day, " (decidedOn) + P5Y = ", day.plusYears(5))}.
   *
   * @throws IllegalArgumentException for a part that is neither
   */
  public static TraceParts of(String rule, String basis, Object... parts) {
    Object[] copy = parts.clone();
    for (Object part : copy) {
      if (!(part instanceof String) && !(part instanceof LocalDate)) {
        throw new IllegalArgumentException("trace part neither String nor LocalDate: " + part);
      }
    }
    return new TraceParts(rule, basis, copy);
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
    String d = detail;
    if (d == null) {
      d = TraceText.render(parts, parts.length, new char[64]);
      detail = d;
    }
    return d;
  }

  /** How many parts the detail has. */
  public int partCount() {
    return parts.length;
  }

  /** The {@code i}-th part of the detail: a {@link String}, or a {@link LocalDate} standing for its ISO text. */
  public Object part(int i) {
    return parts[i];
  }
}
