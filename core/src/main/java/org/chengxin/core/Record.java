package org.chengxin.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.chengxin.core.internal.ModelValues;
import org.immutables.value.Value;

/**
 * 政务失信记录 — one finding that a government body or public official acted dishonestly (SPEC §3).
 *
 * <p>Optional fields keep whether they were given, so that JSON → model → JSON is the identity; the
 * {@code effective*} methods apply the SPEC's defaults. Build with {@link #builder()}; read and write the
 * canonical JSON with {@code org.chengxin.formats}.
 */
@Value.Immutable
public abstract class Record {

  /** The only schema version of the canonical format. */
  public static final String SCHEMA_VERSION = "1.0";

  static {
    ModelValues.install(new Values());
  }

  @Value.Default
  public String schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** Unique within a file or batch; 1–64 characters of {@code [A-Za-z0-9._:-]}. */
  public abstract String recordId();

  /** The platform that owns the record: a 6-digit division code or a non-standard unit code. */
  public abstract String jurisdiction();

  public abstract Subject subject();

  public abstract Category category();

  /** As given; see {@link #effectiveDomain()}. */
  public abstract Optional<Domain> domain();

  public abstract Tier tier();

  public abstract Decision decision();

  public abstract Optional<Impact> impact();

  /** End of the dishonest act (≤ decidedOn). */
  public abstract Optional<LocalDate> actEndedOn();

  /** Deadline for 限期整改 set by the authority. */
  public abstract Optional<LocalDate> rectificationDueOn();

  /** As given; see {@link #effectiveDisclosureRestriction()}. */
  public abstract Optional<DisclosureRestriction> disclosureRestriction();

  /** First public disclosure. */
  public abstract Optional<LocalDate> publishedOn();

  /** The record's history, in date order. */
  public abstract List<Event> events();

  public abstract Source source();

  /** The domain, {@code OTHER} when not given. */
  public final Domain effectiveDomain() {
    return domain().orElse(Domain.OTHER);
  }

  /** The disclosure restriction, {@code NONE} when not given. */
  public final DisclosureRestriction effectiveDisclosureRestriction() {
    return disclosureRestriction().orElse(DisclosureRestriction.NONE);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Record}. */
  public static final class Builder extends ImmutableRecord.Builder {
    Builder() {}
  }

  /**
   * The generated all-values constructors ({@code allParameters} in the package's style), lent to
   * {@link ModelValues} (not API): they check and copy as the builders do.
   */
  private static final class Values implements ModelValues.Maker {
    @Override
    public Record record(String recordId, String jurisdiction, Subject subject, Category category, Domain domain,
        Tier tier, Decision decision, Impact impact, LocalDate actEndedOn, LocalDate rectificationDueOn,
        DisclosureRestriction disclosureRestriction, LocalDate publishedOn, Iterable<? extends Event> events,
        Source source) {
      return ImmutableRecord.of(SCHEMA_VERSION, recordId, jurisdiction, subject, category, domain, tier, decision,
          impact, actEndedOn, rectificationDueOn, disclosureRestriction, publishedOn, events, source);
    }

    @Override
    public Decision decision(String documentNumber, String authorityName, UnifiedSocialCreditCode authorityUscc,
        LocalDate decidedOn, LocalDate effectiveOn, String facts, String basis, String content,
        Iterable<? extends PenaltyType> penaltyTypes, BigDecimal fineAmount, BigDecimal confiscatedAmount,
        Boolean simpleProcedure, Sanction sanction) {
      return ImmutableDecision.of(documentNumber, authorityName, authorityUscc, decidedOn, effectiveOn, facts, basis,
          content, penaltyTypes, fineAmount, confiscatedAmount, simpleProcedure, sanction);
    }

    @Override
    public Sanction sanction(SanctionSystem system, SanctionType type, Integer periodMonths) {
      return ImmutableSanction.of(system, type, periodMonths);
    }

    @Override
    public Impact impact(BigDecimal economicLoss, SocialImpact socialImpact) {
      return ImmutableImpact.of(economicLoss, socialImpact);
    }

    @Override
    public Event event(EventType type, LocalDate on, String by, ObjectionOutcome outcome,
        MitigationDecision decision, Iterable<? extends MitigationGround> grounds, Boolean approved, String reason) {
      return ImmutableEvent.of(type, on, by, outcome, decision, grounds, approved, reason);
    }

    @Override
    public Source source(String unit, UnifiedSocialCreditCode unitUscc, OffsetDateTime submittedAt) {
      return ImmutableSource.of(unit, unitUscc, submittedAt);
    }
  }
}
