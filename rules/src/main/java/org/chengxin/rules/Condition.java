package org.chengxin.rules;

import java.util.Set;
import org.chengxin.core.Category;
import org.chengxin.core.Domain;
import org.chengxin.core.Record;
import org.chengxin.core.SanctionType;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.immutables.value.Value;

/**
 * When a measure rule applies: every non-empty set must contain the record's value (an empty set matches
 * anything). {@code sanctionTypes} matches only records with a sanction of one of the types.
 */
@Value.Immutable
public abstract class Condition {

  public abstract Set<SubjectKind> subjectKinds();

  public abstract Set<Category> categories();

  public abstract Set<Tier> tiers();

  public abstract Set<Domain> domains();

  public abstract Set<SanctionType> sanctionTypes();

  /** Whether the record meets the condition. */
  public final boolean matches(Record record) {
    return (subjectKinds().isEmpty() || subjectKinds().contains(record.subject().kind()))
        && (categories().isEmpty() || categories().contains(record.category()))
        && (tiers().isEmpty() || tiers().contains(record.tier()))
        && (domains().isEmpty() || domains().contains(record.effectiveDomain()))
        && (sanctionTypes().isEmpty()
            || record.decision().sanction().map(s -> sanctionTypes().contains(s.type())).orElse(false));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Condition}. */
  public static final class Builder extends ImmutableCondition.Builder {
    Builder() {}
  }
}
