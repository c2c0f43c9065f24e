package org.chengxin.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 行政诉讼案件 — a concluded court case of a unit (败诉率、履行生效判决, seed:qinhuangdao-transport-2021:二(三)), an
 * input of the evaluation (SPEC §7).
 */
@Value.Immutable
public abstract class LitigationCase {

  /** Unique within a file; 1–64 characters of {@code [A-Za-z0-9._:-]}. */
  public abstract String id();

  /** The unit that was a party. */
  public abstract UnifiedSocialCreditCode unit();

  /** The court's case number (案号), e.g. {@code (2024)冀03行初12号}. */
  public abstract String caseNumber();

  /** The day the case was concluded. */
  public abstract LocalDate concludedOn();

  /** How the case ended for the unit. */
  public abstract LitigationOutcome outcome();

  /** The day the unit performed the judgment (≥ concludedOn). */
  public abstract Optional<LocalDate> judgmentPerformedOn();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LitigationCase}. */
  public static final class Builder extends ImmutableLitigationCase.Builder {
    Builder() {}
  }
}
