package org.chengxin.rules;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chengxin.core.Category;
import org.immutables.value.Value;

/**
 * A versioned jurisdiction profile (SPEC §5), resolved: inheritance ({@code extends}) is already applied, so every
 * parameter is present with its {@link Basis}. Profiles are data files loaded by {@link ProfileRegistry}; the
 * engine only reads them.
 */
@Value.Immutable
public abstract class Profile {

  /** e.g. {@code zhashui-2021}. */
  public abstract String id();

  /** e.g. {@code 1}. */
  public abstract String version();

  public abstract String nameZh();

  public abstract String nameEn();

  /** The parent profile's id ({@code extends}); empty for {@code cn-national}. */
  public abstract Optional<String> parent();

  public abstract Jurisdiction jurisdiction();

  public abstract List<SourceDocument> sources();

  /** The accepted categories and their rules; others are {@code CATEGORY_NOT_IN_PROFILE}. */
  public abstract Map<Category, CategoryRules> categories();

  /** R-RET: the retention period, [default] P5Y. */
  public abstract Param<Period> retentionPeriod();

  /** R-RET: what retention is counted from. */
  public abstract Param<RetentionBase> retentionBase();

  /** R-OBJ: an objection is decided within this many working days of filing ([default] 5). */
  public abstract Param<Integer> objectionDecideWorkingDays();

  /** R-OBJ-1: non-statutory measures are SUSPENDED while an objection is pending. */
  public abstract Param<Boolean> suspendMeasuresDuringObjection();

  /** R-DISC-5: a record under objection is not visible. */
  public abstract Param<Boolean> hideDuringObjection();

  /** R-REP-2: an approved repair reaches the provincial platform within this many working days (3). */
  public abstract Param<Integer> repairPushWorkingDays();

  /** R-REV: a revoked, visible record is withdrawn within this many calendar days (3, R-DATE-3). */
  public abstract Param<Integer> withdrawWithinDays();

  /** R-MEAS-1: the measures a LIGHTER mitigation waives. */
  public abstract Param<Set<MeasureCode>> lighterWaives();

  /** R-MEAS: the measure rules, in profile order (parent's first). */
  public abstract List<MeasureRule> measures();

  /** SPEC §7: the evaluation weights and warning thresholds. */
  public abstract EvaluationRules evaluation();

  /** The periodic progress report, if the profile has one. */
  public abstract Optional<ReportingSchedule> reporting();

  /** The rules of an accepted category. */
  public final Optional<CategoryRules> category(Category category) {
    return Optional.ofNullable(categories().get(category));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Profile}. */
  public static final class Builder extends ImmutableProfile.Builder {
    Builder() {}
  }
}
