package org.chengxin.rules.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chengxin.core.Category;
import org.chengxin.core.Domain;
import org.chengxin.core.Record;
import org.chengxin.core.Sanction;
import org.chengxin.core.SanctionType;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.chengxin.rules.CategoryRules;
import org.chengxin.rules.Condition;
import org.chengxin.rules.DisclosureEra;
import org.chengxin.rules.DurationType;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.MeasureRule;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRef;
import org.chengxin.rules.RetentionBase;
import org.chengxin.rules.Target;
import org.chengxin.rules.TierPeriod;

/**
 * What the engine derives from a {@link Profile} once instead of once per record: the parameters unboxed, the
 * constant parts of the trace texts, the categories and eras by ordinal, and the merged measures (R-MEAS) per
 * combination of the few record attributes that measure rules can test.
 *
 * <p>Immutable, except for the table of merged measures, which is filled on first use of each combination: a
 * slot holds either nothing or an immutable {@link Measures} (final fields only), so a race between two threads
 * only computes the same value twice. Nothing here depends on anything but the profile and the record, so the
 * output never depends on which thread filled a slot.
 */
public final class ProfilePlan {

  /** A table bigger than this many slots is not kept: every record is then matched rule by rule. */
  private static final int MAX_SLOTS = 1 << 18;

  final Profile profile;
  final ProfileRef ref;
  private final CategoryPlan[] categories;

  final boolean retentionFromActEnd;
  final Period retention;
  final String retentionCitation;
  /** {@code " (decidedOn) + P5Y = "} and {@code " (actEndedOn) + P5Y = "}. */
  final String retentionFromDecidedText;
  final String retentionFromActEndText;

  final int objectionDays;
  final String objectionCitation;
  /** {@code "decideBy: 5th working day after "}. */
  final String objectionText;

  final int pushDays;
  final String pushCitation;
  /** {@code "pushBy: 3rd working day after "}. */
  final String pushText;

  final int withdrawDays;
  final String withdrawCitation;

  final boolean hideDuringObjection;
  final boolean suspendMeasuresDuringObjection;

  /** Weights of the record attributes in the measure key; 0 for an attribute no measure rule tests. */
  private final int kindStride;
  private final int categoryStride;
  private final int tierStride;
  private final int domainStride;
  private final int sanctionStride;
  private final int periodStride;
  /** The merged measures per key; null when the key space is too big to keep. */
  private final Measures[] measureTable;

  /** Precomputes a profile. */
  ProfilePlan(Profile profile) {
    this.profile = profile;
    this.ref = ProfileRef.of(profile);
    this.categories = new CategoryPlan[Category.values().length];
    for (Map.Entry<Category, CategoryRules> e : profile.categories().entrySet()) {
      categories[e.getKey().ordinal()] = new CategoryPlan(e.getValue());
    }
    this.retentionFromActEnd = profile.retentionBase().value() == RetentionBase.ACT_END;
    this.retention = profile.retentionPeriod().value();
    this.retentionCitation = profile.retentionPeriod().basis().citation();
    this.retentionFromDecidedText = " (decidedOn) + ".concat(retention.toString()).concat(" = ");
    this.retentionFromActEndText = " (actEndedOn) + ".concat(retention.toString()).concat(" = ");
    this.objectionDays = profile.objectionDecideWorkingDays().value();
    this.objectionCitation = profile.objectionDecideWorkingDays().basis().citation();
    this.objectionText = "decideBy: ".concat(Evaluation.ordinal(objectionDays)).concat(" working day after ");
    this.pushDays = profile.repairPushWorkingDays().value();
    this.pushCitation = profile.repairPushWorkingDays().basis().citation();
    this.pushText = "pushBy: ".concat(Evaluation.ordinal(pushDays)).concat(" working day after ");
    this.withdrawDays = profile.withdrawWithinDays().value();
    this.withdrawCitation = profile.withdrawWithinDays().basis().citation();
    this.hideDuringObjection = profile.hideDuringObjection().value();
    this.suspendMeasuresDuringObjection = profile.suspendMeasuresDuringObjection().value();

    boolean byCategory = false;
    boolean byTier = false;
    boolean byDomain = false;
    boolean bySanction = false;
    boolean byPeriod = false;
    for (MeasureRule rule : profile.measures()) {
      Condition when = rule.when();
      byCategory |= !when.categories().isEmpty();
      byTier |= !when.tiers().isEmpty();
      byDomain |= !when.domains().isEmpty();
      bySanction |= !when.sanctionTypes().isEmpty();
      byPeriod |= rule.duration().type() == DurationType.SANCTION_PERIOD;
    }
    // The subject kind always counts: it chooses the default target (UNIT or PERSON).
    long size = SubjectKind.values().length;
    this.kindStride = 1;
    this.categoryStride = byCategory ? (int) size : 0;
    size *= byCategory ? Category.values().length : 1;
    this.tierStride = byTier ? (int) size : 0;
    size *= byTier ? Tier.values().length : 1;
    this.domainStride = byDomain ? (int) size : 0;
    size *= byDomain ? Domain.values().length : 1;
    this.sanctionStride = bySanction ? (int) size : 0;
    size *= bySanction ? SanctionType.values().length + 1 : 1;
    this.periodStride = byPeriod ? (int) size : 0;
    size *= byPeriod ? 2 : 1;
    this.measureTable = size <= MAX_SLOTS ? new Measures[(int) size] : null;
  }

  /** The rules of an accepted category, or null (CATEGORY_NOT_IN_PROFILE). */
  CategoryPlan category(Category category) {
    return categories[category.ordinal()];
  }

  /** The merged measures of a record, sorted by code name then target name (ASCII). */
  Measures measures(Record record) {
    Measures[] table = measureTable;
    if (table == null) {
      return match(record);
    }
    int key = record.subject().kind().ordinal() * kindStride + record.category().ordinal() * categoryStride
        + record.tier().ordinal() * tierStride;
    if (domainStride != 0) {
      key += record.effectiveDomain().ordinal() * domainStride;
    }
    if (sanctionStride != 0 || periodStride != 0) {
      Optional<Sanction> sanction = record.decision().sanction();
      if (sanction.isPresent()) {
        Sanction s = sanction.get();
        key += (s.type().ordinal() + 1) * sanctionStride;
        if (s.periodMonths().isPresent() || s.type().standardMonths().isPresent()) {
          key += periodStride; // Sanction.period() is present
        }
      }
    }
    Measures m = table[key];
    if (m == null) {
      m = match(record);
      table[key] = m;
    }
    return m;
  }

  /**
   * R-MEAS: the measure rules that apply to the record, merged per (code, target). Depends only on the subject
   * kind, category, tier, domain, sanction type and whether the sanction has a period.
   */
  private Measures match(Record record) {
    Target defaultTarget = record.subject().kind().isOrganisation() ? Target.UNIT : Target.PERSON;
    Optional<Sanction> sanction = record.decision().sanction();
    boolean hasPeriod = sanction.isPresent() && sanction.get().period().isPresent();
    List<List<MeasureRule>> groups = new ArrayList<>(8);
    List<Target> targets = new ArrayList<>(8);
    for (MeasureRule rule : profile.measures()) {
      if (!rule.when().matches(record)) {
        continue;
      }
      if (rule.duration().type() == DurationType.SANCTION_PERIOD && !hasPeriod) {
        continue;
      }
      Target target = rule.target().orElse(defaultTarget);
      List<MeasureRule> group = null;
      for (int i = 0; i < groups.size(); i++) {
        if (groups.get(i).get(0).code() == rule.code() && targets.get(i) == target) {
          group = groups.get(i);
          break;
        }
      }
      if (group == null) {
        group = new ArrayList<>(2);
        groups.add(group);
        targets.add(target);
      }
      group.add(rule);
    }
    MeasurePlan[] plans = new MeasurePlan[groups.size()];
    for (int i = 0; i < plans.length; i++) {
      MeasurePlan p = new MeasurePlan(groups.get(i), targets.get(i),
          profile.lighterWaives().value().contains(groups.get(i).get(0).code()));
      // insertion sort by code name, then target name
      int j = i;
      while (j > 0 && MeasurePlan.compare(plans[j - 1], p) > 0) {
        plans[j] = plans[j - 1];
        j--;
      }
      plans[j] = p;
    }
    return new Measures(plans);
  }

  /** The merged measures of one key, immutable. */
  static final class Measures {
    final MeasurePlan[] plans;
    /** Whether a measure has a SANCTION_PERIOD duration (the record's sanction period is then needed). */
    final boolean needsSanctionPeriod;
    /** Whether a measure is not statutory (R-REV remedies). */
    final boolean hasNonStatutory;
    /** Whether a measure is a RECTIFICATION (R-REP-1). */
    final boolean hasRectification;

    Measures(MeasurePlan[] plans) {
      this.plans = plans;
      boolean sanction = false;
      boolean nonStatutory = false;
      boolean rectification = false;
      for (MeasurePlan p : plans) {
        sanction |= p.needsSanctionPeriod();
        nonStatutory |= !p.statutory;
        rectification |= p.code == MeasureCode.RECTIFICATION;
      }
      this.needsSanctionPeriod = sanction;
      this.hasNonStatutory = nonStatutory;
      this.hasRectification = rectification;
    }
  }

  /** The rules of one accepted category. */
  static final class CategoryPlan {
    final boolean disclosable;
    final boolean repairable;
    final boolean endsOnRectification;
    /** R-DISC-2: whether there is a publication deadline, its working days and the trace text. */
    final boolean hasPublication;
    final int publicationDays;
    final String publicationCitation;
    /** {@code "publishBy: 7th working day after "}. */
    final String publicationText;
    private final EraPlan[] eras;
    /** The eras' first days as {@link #key}s ({@link Long#MIN_VALUE} for an era without one), by index. */
    private final long[] eraKeys;

    CategoryPlan(CategoryRules rules) {
      this.disclosable = rules.disclosable().value();
      this.repairable = rules.repairable().value();
      this.endsOnRectification = rules.endsOnRectification().value();
      this.hasPublication = rules.publicationWorkingDays().isPresent();
      if (hasPublication) {
        this.publicationDays = rules.publicationWorkingDays().get().value();
        this.publicationCitation = rules.publicationWorkingDays().get().basis().citation();
        this.publicationText = "publishBy: ".concat(Evaluation.ordinal(publicationDays)).concat(" working day after ");
      } else {
        this.publicationDays = 0;
        this.publicationCitation = null;
        this.publicationText = null;
      }
      List<DisclosureEra> list = rules.eras();
      this.eras = new EraPlan[list.size()];
      this.eraKeys = new long[eras.length];
      for (int i = 0; i < eras.length; i++) {
        eras[i] = new EraPlan(list.get(i));
        eraKeys[i] = eras[i].fromDay == null ? Long.MIN_VALUE : key(eras[i].fromDay);
      }
    }

    /** As {@link CategoryRules#eraFor}: the last era whose {@code from} ≤ decidedOn, else the first. */
    EraPlan eraFor(LocalDate decidedOn) {
      long day = key(decidedOn);
      int chosen = 0;
      for (int i = 0; i < eraKeys.length; i++) {
        if (eraKeys[i] <= day) {
          chosen = i;
        }
      }
      return eras[chosen];
    }

    /**
     * A day as a number in calendar order, (year, month, day) packed: {@code a.isAfter(b)} iff
     * {@code key(a) > key(b)} (month &lt; 16 and day &lt; 32 fit below the year's factor 512).
     */
    static long key(LocalDate day) {
      return day.getYear() * 512L + day.getMonthValue() * 32 + day.getDayOfMonth();
    }
  }

  /** One disclosure era (R-ERA) with its tiers by ordinal. */
  static final class EraPlan {
    final Optional<LocalDate> from;
    final LocalDate fromDay;
    final String citation;
    /** {@code "era from 2023-05-01 in force on decidedOn "}, or null without a from date. */
    final String fromText;
    private final TierPlan[] tiers;

    EraPlan(DisclosureEra era) {
      this.from = era.from();
      this.fromDay = from.orElse(null);
      this.citation = era.basis().citation();
      this.fromText = fromDay == null ? null : "era from ".concat(fromDay.toString()).concat(" in force on decidedOn ");
      this.tiers = new TierPlan[Tier.values().length];
      for (Map.Entry<Tier, TierPeriod> e : era.tiers().entrySet()) {
        tiers[e.getKey().ordinal()] = new TierPlan(e.getValue());
      }
    }

    TierPlan tier(Tier tier) {
      return tiers[tier.ordinal()];
    }
  }

  /** The periods of one tier in an era (R-DISC-3), with the trace texts. */
  static final class TierPlan {
    final boolean disclosed;
    final Period minimum;
    final Period maximum;
    /** {@code " + P3M = "} and {@code " + P1Y = "}. */
    final String minimumText;
    final String maximumText;

    TierPlan(TierPeriod period) {
      this.disclosed = period.disclosed();
      this.minimum = period.minimum();
      this.maximum = period.maximum();
      this.minimumText = " + ".concat(minimum.toString()).concat(" = ");
      this.maximumText = " + ".concat(maximum.toString()).concat(" = ");
    }
  }
}
