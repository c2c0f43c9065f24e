package org.chengxin.rules.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chengxin.core.Problem;
import org.chengxin.core.Tier;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.DisclosureAssessment;
import org.chengxin.rules.EndReason;
import org.chengxin.rules.MeasureAssessment;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.MeasureKind;
import org.chengxin.rules.MeasureState;
import org.chengxin.rules.NotDisclosedReason;
import org.chengxin.rules.ObjectionAssessment;
import org.chengxin.rules.ProfileRef;
import org.chengxin.rules.PublicationStatus;
import org.chengxin.rules.RecordState;
import org.chengxin.rules.Remedy;
import org.chengxin.rules.RepairAssessment;
import org.chengxin.rules.RepairBlocker;
import org.chengxin.rules.RepairStatus;
import org.chengxin.rules.RetentionAssessment;
import org.chengxin.rules.Target;
import org.chengxin.rules.TraceEntry;

/**
 * Makes the parts of an assessment for {@link Evaluation} in one constructor call each, without the builders
 * (which copy every list twice and give the JIT a dozen small methods per type to compile). Implemented in
 * {@code org.chengxin.rules}, where the value types' constructors are visible, and handed to {@link Evaluation} by
 * {@link org.chengxin.rules.Assessor}. A {@code null} date or code is an absent value.
 */
public interface Results {

  /** A {@link DisclosureAssessment}; reason, publishBy, publishedOn, endedOn and endReason may be null. */
  DisclosureAssessment disclosure(boolean disclosable, NotDisclosedReason reason, LocalDate publishBy,
      LocalDate publishedOn, PublicationStatus publication, LocalDate minimumLastDay, LocalDate lastDay,
      boolean visible, boolean underObjection, LocalDate endedOn, EndReason endReason);

  /** A {@link RepairAssessment}; eligibleFrom and pushBy may be null. */
  RepairAssessment repair(RepairStatus status, boolean eligible, LocalDate eligibleFrom, List<RepairBlocker> blockers,
      LocalDate pushBy);

  /** A {@link MeasureAssessment}; lastDay may be null. */
  MeasureAssessment measure(MeasureCode code, Target target, MeasureKind kind, boolean statutory, LocalDate from,
      LocalDate lastDay, MeasureState state, List<String> basis);

  /** An {@link Assessment}; withdrawBy may be null. */
  Assessment assessment(String recordId, LocalDate asOf, ProfileRef profile, Optional<LocalDate> era,
      RecordState state, Tier tier, DisclosureAssessment disclosure, RetentionAssessment retention,
      ObjectionAssessment objection, RepairAssessment repair, List<MeasureAssessment> measures,
      List<Remedy> remedies, LocalDate withdrawBy, List<Problem> problems, List<TraceEntry> trace);
}
