package org.chengxin.rules.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chengxin.core.Record;
import org.chengxin.core.Sanction;
import org.chengxin.rules.Duration;
import org.chengxin.rules.DurationType;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.MeasureKind;
import org.chengxin.rules.MeasureRule;
import org.chengxin.rules.Profile;
import org.chengxin.rules.Target;

/**
 * The measure rules of a profile that apply to a record, merged per (code, target) (R-MEAS).
 *
 * <p>SPEC-CHOICE(R-MEAS): when several rules yield the same (code, target), they are merged: {@code basis} lists
 * their citations, deduplicated, in profile order; {@code kind} and {@code statutory} come from the first rule in
 * profile order; the measure is ONCE only if every rule is ONCE, and otherwise its lastDay is the latest of the
 * non-ONCE rules' lastDays, an open end (PERMANENT, an open UNTIL_RECTIFIED) winning over any date.
 *
 * <p>SPEC-CHOICE(R-MEAS): a SANCTION_PERIOD rule applies only to a record whose sanction has a period (none for
 * EXPULSION, PARTY_EXPULSION or CIRCULATED: "where a period exists").
 */
final class MeasureDraft {

  final MeasureCode code;
  final Target target;
  final MeasureKind kind;
  final boolean statutory;
  boolean once;
  final List<String> basisCitations = new ArrayList<>(2);
  private final List<Duration> durations = new ArrayList<>(1);
  private final Period sanctionPeriod;

  private MeasureDraft(MeasureRule rule, Target target, Period sanctionPeriod) {
    this.code = rule.code();
    this.target = target;
    this.kind = rule.kind();
    this.statutory = rule.statutory();
    this.once = true;
    this.sanctionPeriod = sanctionPeriod;
  }

  /** The measures of a record, sorted by code name then target name (ASCII). */
  static List<MeasureDraft> match(Record record, Profile profile) {
    List<MeasureDraft> drafts = new ArrayList<>(8);
    Target defaultTarget = record.subject().kind().isOrganisation() ? Target.UNIT : Target.PERSON;
    Period sanctionPeriod = record.decision().sanction().flatMap(Sanction::period).orElse(null);
    for (MeasureRule rule : profile.measures()) {
      if (!rule.when().matches(record)) {
        continue;
      }
      if (rule.duration().type() == DurationType.SANCTION_PERIOD && sanctionPeriod == null) {
        continue;
      }
      Target target = rule.target().orElse(defaultTarget);
      MeasureDraft draft = null;
      for (MeasureDraft d : drafts) {
        if (d.code == rule.code() && d.target == target) {
          draft = d;
          break;
        }
      }
      if (draft == null) {
        draft = new MeasureDraft(rule, target, sanctionPeriod);
        drafts.add(draft);
      }
      draft.add(rule);
    }
    if (drafts.size() > 1) {
      drafts.sort((a, b) -> {
        int c = a.code.name().compareTo(b.code.name());
        return c != 0 ? c : a.target.name().compareTo(b.target.name());
      });
    }
    return drafts;
  }

  private void add(MeasureRule rule) {
    String citation = rule.basis().citation();
    if (!basisCitations.contains(citation)) {
      basisCitations.add(citation);
    }
    if (rule.duration().type() != DurationType.ONCE) {
      once = false;
      durations.add(rule.duration());
    }
  }

  /** The scheduled last day, or null (ONCE, PERMANENT, an open UNTIL_RECTIFIED). */
  LocalDate lastDay(LocalDate effectiveOn, LocalDate activeLastDay, LocalDate rectifiedOn) {
    LocalDate latest = null;
    for (int i = 0, n = durations.size(); i < n; i++) {
      LocalDate last = lastDay(durations.get(i), effectiveOn, activeLastDay, rectifiedOn);
      if (last == null) {
        return null;
      }
      if (latest == null || last.isAfter(latest)) {
        latest = last;
      }
    }
    return latest;
  }

  private LocalDate lastDay(Duration duration, LocalDate effectiveOn, LocalDate activeLastDay,
      LocalDate rectifiedOn) {
    switch (duration.type()) {
      case FIXED:
        return effectiveOn.plus(duration.period().get());
      case SANCTION_PERIOD:
        return effectiveOn.plus(sanctionPeriod(duration));
      case UNTIL_YEAR_END:
        return LocalDate.of(effectiveOn.getYear(), 12, 31);
      case WHILE_ACTIVE:
        return activeLastDay;
      case UNTIL_RECTIFIED:
        return rectifiedOn == null ? null : rectifiedOn.minusDays(1);
      case PERMANENT:
      case ONCE:
      default:
        return null;
    }
  }

  private Period sanctionPeriod(Duration duration) {
    Optional<Period> extra = duration.period();
    return extra.isPresent() ? sanctionPeriod.plus(extra.get()) : sanctionPeriod;
  }

  /** The arithmetic of the lastDay for the trace, or null when there is nothing to explain. */
  String explain(LocalDate effectiveOn, LocalDate activeLastDay, LocalDate rectifiedOn, LocalDate result) {
    if (durations.isEmpty()) {
      return null;
    }
    StringBuilder s = new StringBuilder(48);
    for (int i = 0, n = durations.size(); i < n; i++) {
      if (i > 0) {
        s.append("; ");
      }
      Duration d = durations.get(i);
      switch (d.type()) {
        case FIXED:
          s.append(effectiveOn).append(" + ").append(d.period().get()).append(" = ")
              .append(effectiveOn.plus(d.period().get()));
          break;
        case SANCTION_PERIOD:
          s.append(effectiveOn).append(" + ").append(sanctionPeriod);
          d.period().ifPresent(p -> s.append(" + ").append(p));
          s.append(" = ").append(effectiveOn.plus(sanctionPeriod(d)));
          break;
        case UNTIL_YEAR_END:
          s.append("31 December of ").append(effectiveOn.getYear());
          break;
        case WHILE_ACTIVE:
          s.append("the active period's lastDay ").append(activeLastDay);
          break;
        case UNTIL_RECTIFIED:
          if (rectifiedOn == null) {
            s.append("open until rectification");
          } else {
            s.append("rectified ").append(rectifiedOn).append(" - 1 day = ").append(rectifiedOn.minusDays(1));
          }
          break;
        default:
          s.append("permanent");
      }
    }
    if (durations.size() > 1) {
      s.append("; latest = ").append(result == null ? "open" : result.toString());
    }
    return s.toString();
  }
}
