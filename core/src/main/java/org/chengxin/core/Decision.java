package org.chengxin.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The establishing document (SPEC §3.5): a judgment, penalty decision, sanction decision, … */
@Value.Immutable
public abstract class Decision {

  /** 文书号, e.g. {@code 柞政罚〔2024〕12号}. */
  public abstract String documentNumber();

  /** The deciding authority. */
  public abstract String authorityName();

  /** The deciding authority's USCC. */
  public abstract UnifiedSocialCreditCode authorityUscc();

  /** The finding date: base of disclosure periods. */
  public abstract LocalDate decidedOn();

  /** As given; absent means {@link #decidedOn()}. Base of statutory periods and measures. */
  public abstract Optional<LocalDate> effectiveOn();

  /** 违法事实. */
  public abstract Optional<String> facts();

  /** 依据. */
  public abstract Optional<String> basis();

  /** 处理内容. */
  public abstract String content();

  /** 处罚种类 of an administrative penalty (non-empty there, empty elsewhere). */
  public abstract List<PenaltyType> penaltyTypes();

  /** Fine in yuan. */
  public abstract Optional<BigDecimal> fineAmount();

  /** Confiscated amount in yuan. */
  public abstract Optional<BigDecimal> confiscatedAmount();

  /** 简易程序, as given (absent means false). Informative only. */
  public abstract Optional<Boolean> simpleProcedure();

  /** The sanction of a DISCIPLINARY_SANCTION or ACCOUNTABILITY record. */
  public abstract Optional<Sanction> sanction();

  /** {@code effectiveOn}, or {@code decidedOn} when not given. */
  public final LocalDate effectiveDate() {
    return effectiveOn().orElse(decidedOn());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Decision}. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }
}
