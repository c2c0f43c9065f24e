package org.chengxin.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chengxin.core.Problem;
import org.chengxin.core.Tier;
import org.chengxin.rules.internal.Results;

/**
 * {@link Results} through the value types' constructors (package-private: only {@link Assessor} hands it out). Each
 * calls the {@code Iterable} form of {@code of} directly (not the {@code List} form, which only forwards to it): one
 * layer less for the JIT to compile on its own before it is inlined.
 */
final class EngineResults implements Results {

  static final EngineResults INSTANCE = new EngineResults();

  private EngineResults() {}

  @Override
  public DisclosureAssessment disclosure(boolean disclosable, NotDisclosedReason reason, LocalDate publishBy,
      LocalDate publishedOn, PublicationStatus publication, LocalDate minimumLastDay, LocalDate lastDay,
      boolean visible, boolean underObjection, LocalDate endedOn, EndReason endReason) {
    return ImmutableDisclosureAssessment.of(disclosable, Optional.ofNullable(reason), Optional.ofNullable(publishBy),
        Optional.ofNullable(publishedOn), publication, minimumLastDay, lastDay, visible, underObjection,
        Optional.ofNullable(endedOn), Optional.ofNullable(endReason));
  }

  @Override
  public RepairAssessment repair(RepairStatus status, boolean eligible, LocalDate eligibleFrom,
      List<RepairBlocker> blockers, LocalDate pushBy) {
    return ImmutableRepairAssessment.of(status, eligible, Optional.ofNullable(eligibleFrom),
        (Iterable<RepairBlocker>) blockers, Optional.ofNullable(pushBy));
  }

  @Override
  public MeasureAssessment measure(MeasureCode code, Target target, MeasureKind kind, boolean statutory,
      LocalDate from, LocalDate lastDay, MeasureState state, List<String> basis) {
    return ImmutableMeasureAssessment.of(code, target, kind, statutory, from, Optional.ofNullable(lastDay), state,
        (Iterable<String>) basis);
  }

  @Override
  public Assessment assessment(String recordId, LocalDate asOf, ProfileRef profile, Optional<LocalDate> era,
      RecordState state, Tier tier, DisclosureAssessment disclosure, RetentionAssessment retention,
      ObjectionAssessment objection, RepairAssessment repair, List<MeasureAssessment> measures,
      List<Remedy> remedies, LocalDate withdrawBy, List<Problem> problems, List<TraceEntry> trace) {
    return ImmutableAssessment.of(recordId, asOf, profile, era, state, tier, disclosure, retention, objection, repair,
        (Iterable<MeasureAssessment>) measures, remedies, Optional.ofNullable(withdrawBy), problems, trace);
  }
}
