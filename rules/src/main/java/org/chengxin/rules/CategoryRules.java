package org.chengxin.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Everything a profile says about one accepted category. */
@Value.Immutable
public abstract class CategoryRules {

  /** R-DISC-1: whether the category is publicly disclosable ({@code CATEGORY_NOT_DISCLOSED} otherwise). */
  public abstract Param<Boolean> disclosable();

  /** R-DISC-2: the publication deadline in working days after decidedOn, where the category has one. */
  public abstract Optional<Param<Integer>> publicationWorkingDays();

  /** R-ERA / R-DISC-3: the disclosure eras, sorted by {@code from}; at least one. */
  public abstract List<DisclosureEra> eras();

  /** R-REP: whether records of the category can be repaired. */
  public abstract Param<Boolean> repairable();

  /** R-REP-4: whether RECTIFICATION_COMPLETED ends the listing (PERFORMED). */
  public abstract Param<Boolean> endsOnRectification();

  /**
   * The era in force on {@code decidedOn}: the last era whose {@code from} ≤ decidedOn; a decision before the
   * first era uses the first era.
   */
  public final DisclosureEra eraFor(LocalDate decidedOn) {
    DisclosureEra chosen = eras().get(0);
    for (DisclosureEra era : eras()) {
      if (era.from().isEmpty() || !era.from().get().isAfter(decidedOn)) {
        chosen = era;
      }
    }
    return chosen;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CategoryRules}. */
  public static final class Builder extends ImmutableCategoryRules.Builder {
    Builder() {}
  }
}
