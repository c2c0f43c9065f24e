package org.chengxin.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;
import org.chengxin.core.Commitment;
import org.chengxin.core.Complaint;
import org.chengxin.core.LitigationCase;
import org.chengxin.core.Record;
import org.chengxin.rules.internal.Scoring;

/**
 * 政务诚信评价 — the pure evaluation engine of SPEC §7: scores, ranks and warns every unit that appears in the
 * records, commitments, complaints or litigation cases, for a period and under a profile's
 * {@linkplain EvaluationRules weights}.
 *
 * <p>Records are assessed with the {@link Assessor} at {@code to}. Per unit, points are deducted from 100: each
 * record active in the period by tier (and DISHONEST_JUDGMENT_DEBTOR extra), publication LATE/OVERDUE due in the
 * period, rectification due in the period and not completed by its due day, commitments broken, complaints late
 * and substantiated, the litigation loss rate and unperformed judgments. Arithmetic is exact ({@code BigDecimal});
 * only the score is rounded (2 decimals, HALF_UP). Stateless, thread-safe, pure; the result does not depend on the
 * order of the inputs.
 *
 * <pre>{@code
 * EvaluationResult r = Evaluator.create().evaluate(profile, WorkingDayCalendars.national(),
 *     EvaluationPeriod.parse("2024"), records, commitments, complaints, litigation);
 * r.units().get(0).score();   // e.g. 96.50: a GENERAL record active in 2024 (3), a complaint handled late (0.5)
 * }</pre>
 */
public final class Evaluator {

  private static final Evaluator INSTANCE = new Evaluator();

  private Evaluator() {}

  /** The engine (a shared stateless instance). */
  public static Evaluator create() {
    return INSTANCE;
  }

  /**
   * Evaluates every unit for the period [from, to].
   *
   * @throws EvaluationPeriod.InvalidPeriodException if {@code to} is before {@code from}
   */
  public EvaluationResult evaluate(Profile profile, WorkingDayCalendar calendar, LocalDate from, LocalDate to,
      Collection<Record> records, Collection<Commitment> commitments, Collection<Complaint> complaints,
      Collection<LitigationCase> litigation) {
    return evaluate(profile, calendar, EvaluationPeriod.of(from, to), records, commitments, complaints, litigation);
  }

  /** Evaluates every unit for a period. */
  public EvaluationResult evaluate(Profile profile, WorkingDayCalendar calendar, EvaluationPeriod period,
      Collection<Record> records, Collection<Commitment> commitments, Collection<Complaint> complaints,
      Collection<LitigationCase> litigation) {
    requireNonNull(profile, "profile");
    requireNonNull(calendar, "calendar");
    requireNonNull(period, "period");
    requireNonNull(records, "records");
    requireNonNull(commitments, "commitments");
    requireNonNull(complaints, "complaints");
    requireNonNull(litigation, "litigation");
    return new Scoring(profile, calendar, period).run(records, commitments, complaints, litigation);
  }
}
