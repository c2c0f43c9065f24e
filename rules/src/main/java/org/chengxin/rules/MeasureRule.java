package org.chengxin.rules;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measure rule of a profile (R-MEAS): {@code when} a record meets the condition, impose measure {@code code} on
 * {@code target} for {@code duration}. The target defaults to UNIT for organisations and PERSON for officials.
 * Rules are identified by {@code id}, so that a child profile can remove a parent's rule.
 */
@Value.Immutable
public abstract class MeasureRule {

  /** Unique within a resolved profile, e.g. {@code org-honor-ineligibility}. */
  public abstract String id();

  public abstract Condition when();

  public abstract MeasureCode code();

  /** The target; empty means UNIT for organisations, PERSON for officials. */
  public abstract Optional<Target> target();

  public abstract MeasureKind kind();

  public abstract Duration duration();

  /** Statutory measures follow the sanction itself: repair, mitigation and objection never touch them. */
  public abstract boolean statutory();

  public abstract Basis basis();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasureRule}. */
  public static final class Builder extends ImmutableMeasureRule.Builder {
    Builder() {}
  }
}
