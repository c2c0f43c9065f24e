package org.chengxin.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.chengxin.core.Category;
import org.chengxin.core.Decision;
import org.chengxin.core.DisclosureRestriction;
import org.chengxin.core.Domain;
import org.chengxin.core.Event;
import org.chengxin.core.EventType;
import org.chengxin.core.Impact;
import org.chengxin.core.MitigationDecision;
import org.chengxin.core.MitigationGround;
import org.chengxin.core.ObjectionOutcome;
import org.chengxin.core.PenaltyType;
import org.chengxin.core.Record;
import org.chengxin.core.Sanction;
import org.chengxin.core.SanctionSystem;
import org.chengxin.core.SanctionType;
import org.chengxin.core.SocialImpact;
import org.chengxin.core.Source;
import org.chengxin.core.Subject;
import org.chengxin.core.Tier;
import org.chengxin.core.UnifiedSocialCreditCode;

/**
 * Not API (may change without notice): the record model made from all its values at once, for a reader that binds
 * records by the hundred thousand ({@code org.chengxin.formats}' one-pass record check). Each method is the generated
 * all-values constructor of the type (a {@code null} optional value is absent): it rejects a null required value and
 * copies each list into its own immutable list, exactly as {@code build()} does, but without a builder — no builder
 * object, no builder list copied again at {@code build()}, no call per attribute — so the values equal
 * {@code X.builder()…build()} of the same values, and nothing is checked less.
 *
 * <p>Core lends the generated constructors through {@link #install} (the generated classes are package-private),
 * as {@link CheckedIdentifiers} does.
 */
public final class ModelValues {

  /** The all-values constructors of the model: {@link Record}'s own, handed over by {@link #install}. */
  public interface Maker {
    /** A record of schema version {@link Record#SCHEMA_VERSION}. */
    Record record(String recordId, String jurisdiction, Subject subject, Category category, Domain domain, Tier tier,
        Decision decision, Impact impact, LocalDate actEndedOn, LocalDate rectificationDueOn,
        DisclosureRestriction disclosureRestriction, LocalDate publishedOn, Iterable<? extends Event> events,
        Source source);

    Decision decision(String documentNumber, String authorityName, UnifiedSocialCreditCode authorityUscc,
        LocalDate decidedOn, LocalDate effectiveOn, String facts, String basis, String content,
        Iterable<? extends PenaltyType> penaltyTypes, BigDecimal fineAmount, BigDecimal confiscatedAmount,
        Boolean simpleProcedure, Sanction sanction);

    Sanction sanction(SanctionSystem system, SanctionType type, Integer periodMonths);

    Impact impact(BigDecimal economicLoss, SocialImpact socialImpact);

    Event event(EventType type, LocalDate on, String by, ObjectionOutcome outcome, MitigationDecision decision,
        Iterable<? extends MitigationGround> grounds, Boolean approved, String reason);

    Source source(String unit, UnifiedSocialCreditCode unitUscc, OffsetDateTime submittedAt);
  }

  private static volatile Maker maker;

  private ModelValues() {}

  /**
   * Takes {@link Record}'s maker, once: called by that class while it is initialised.
   *
   * @throws IllegalStateException when a maker came before, or this one is not a nested class of {@link Record}
   */
  public static synchronized void install(Maker m) {
    if (maker != null || m.getClass().getNestHost() != Record.class) {
      throw new IllegalStateException("the model maker is Record's own, installed once");
    }
    maker = m;
  }

  /**
   * The model's all-values constructors. Example: {@code ModelValues.maker().impact(new BigDecimal("1.00"), null)}
   * equals {@code Impact.builder().economicLoss(new BigDecimal("1.00")).build()}.
   */
  public static Maker maker() {
    Maker m = maker;
    if (m == null) {
      Record.builder(); // initialises the class, which installs its maker
      m = maker;
    }
    return m;
  }
}
