package org.chengxin.rules;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.chengxin.core.Problem;
import org.immutables.value.Value;

/**
 * The outcome of {@link Assessor#assess}: either an {@link Assessment}, or a <em>refusal</em> — the record cannot
 * be assessed ({@code CATEGORY_NOT_IN_PROFILE}, {@code AS_OF_BEFORE_DECISION}, {@code CALENDAR_RANGE}) and only
 * its id and the problems are reported, written as {@code {"recordId":…,"problems":[…]}}.
 *
 * <pre>{@code
 * AssessmentResult r = assessor.assess(record, profile, calendar, asOf);
 * if (r.isRefused()) { report(r.problems()); } else { use(r.assessment()); }
 * }</pre>
 */
@ResultStyle
@Value.Immutable
public abstract class AssessmentResult {

  @Value.Parameter
  public abstract String recordId();

  /** The assessment; empty for a refusal. */
  @Value.Parameter
  public abstract Optional<Assessment> toOptional();

  /** For a refusal, why (at least one ERROR); for an assessment, the assessment's own problems. */
  @Value.Parameter
  public abstract List<Problem> problems();

  /** Whether the record could not be assessed. */
  public final boolean isRefused() {
    return toOptional().isEmpty();
  }

  /**
   * The assessment.
   *
   * @throws NoSuchElementException for a refusal, naming the record
   */
  public final Assessment assessment() {
    Optional<Assessment> assessment = toOptional();
    if (assessment.isEmpty()) {
      throw new NoSuchElementException("record '" + recordId() + "' was not assessed: " + problems());
    }
    return assessment.get();
  }

  /** A successful assessment. */
  public static AssessmentResult of(Assessment assessment) {
    // The constructor form: no builder (the problems, already immutable, are kept as is: see ResultStyle).
    return ImmutableAssessmentResult.of(assessment.recordId(), Optional.of(assessment),
        (Iterable<Problem>) assessment.problems());
  }

  /** A refusal with its problems (at least one). */
  public static AssessmentResult refused(String recordId, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a refusal of record '" + recordId + "' needs a problem");
    }
    return ImmutableAssessmentResult.of(recordId, Optional.empty(), (Iterable<Problem>) problems);
  }
}
