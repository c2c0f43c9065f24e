package org.chengxin.rules.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;
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
  /**
   * The parts are {@code parts[from]} to {@code parts[to - 1]}, each a String or a LocalDate (written as
   * {@link LocalDate#toString()}); never changed (the rest of the array may be other entries' parts).
   */
  private final Object[] parts;
  private final int from;
  private final int to;
  /** {@link #detail()}, once written (a benign race: every thread writes an equal string). */
  private String detail;

  /**
   * An entry of the parts {@code parts[from]} to {@code parts[to - 1]}, each a String or a LocalDate (kept as they
   * are: they must never change).
   */
  TraceParts(String rule, String basis, Object[] parts, int from, int to) {
    this.rule = requireNonNull(rule, "rule");
    this.basis = requireNonNull(basis, "basis");
    this.parts = parts;
    this.from = from;
    this.to = to;
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
    return new TraceParts(rule, basis, copy, 0, copy.length);
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
      d = TraceText.render(parts, from, to, new char[64]);
      detail = d;
    }
    return d;
  }

  /** How many parts the detail has. */
  public int partCount() {
    return to - from;
  }

  /**
   * The {@code i}-th part of the detail: a {@link String}, or a {@link LocalDate} standing for its ISO text.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= i < partCount()}
   */
  public Object part(int i) {
    return parts[from + Objects.checkIndex(i, to - from)];
  }
}
