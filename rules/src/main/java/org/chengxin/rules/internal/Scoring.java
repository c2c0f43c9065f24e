package org.chengxin.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.chengxin.core.Category;
import org.chengxin.core.Commitment;
import org.chengxin.core.Complaint;
import org.chengxin.core.EventType;
import org.chengxin.core.LitigationCase;
import org.chengxin.core.LitigationOutcome;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Record;
import org.chengxin.core.UnifiedSocialCreditCode;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.Deduction;
import org.chengxin.rules.EvaluationPeriod;
import org.chengxin.rules.EvaluationResult;
import org.chengxin.rules.EvaluationRules;
import org.chengxin.rules.Indicator;
import org.chengxin.rules.Param;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRef;
import org.chengxin.rules.PublicationStatus;
import org.chengxin.rules.RecordState;
import org.chengxin.rules.UnitEvaluation;
import org.chengxin.rules.WorkingDayCalendar;

/** One evaluation run (SPEC §7): counts per unit and indicator, then scores, ranks and warnings. */
public final class Scoring {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int RATIO_SCALE = 10;

  private final Profile profile;
  private final WorkingDayCalendar calendar;
  private final EvaluationPeriod period;
  private final EvaluationRules weights;
  /** Unit code → its tally; sorted, so the output never depends on hash or input order. */
  private final Map<String, Tally> units = new TreeMap<>();
  private final List<Problem> problems = new ArrayList<>();

  public Scoring(Profile profile, WorkingDayCalendar calendar, EvaluationPeriod period) {
    this.profile = profile;
    this.calendar = calendar;
    this.period = period;
    this.weights = profile.evaluation();
  }

  public EvaluationResult run(Collection<Record> records, Collection<Commitment> commitments,
      Collection<Complaint> complaints, Collection<LitigationCase> litigation) {
    records.forEach(this::record);
    commitments.forEach(this::commitment);
    complaints.forEach(this::complaint);
    litigation.forEach(this::litigation);
    List<UnitEvaluation> scored = new ArrayList<>();
    units.forEach((unit, tally) -> scored.add(tally.evaluate(unit)));
    problems.sort(Comparator.comparing((Problem p) -> p.recordId().orElse(""))
        .thenComparing(p -> p.code().name()).thenComparing(Problem::path));
    return EvaluationResult.builder()
        .profile(ProfileRef.of(profile))
        .period(period)
        .units(ranked(scored))
        .problems(problems)
        .build();
  }

  private Tally tally(UnifiedSocialCreditCode unit) {
    return units.computeIfAbsent(unit.value(), u -> new Tally());
  }

  private void record(Record record) {
    Optional<UnifiedSocialCreditCode> unit = record.subject().unitUscc();
    if (unit.isEmpty()) {
      String path = record.subject().kind().isOrganisation() ? "/subject/uscc" : "/subject/employerUscc";
      problems.add(Problem.of(ProblemCode.REQUIRED, path, null, "无法确定记录所属单位，未计入评价",
          "the record's unit is unknown; left out of the evaluation").forRecord(record.recordId()));
      return;
    }
    Tally tally = tally(unit.get());
    tally.name(record);
    LocalDate decidedOn = record.decision().decidedOn();
    if (decidedOn.isAfter(period.to())) {
      return; // SPEC §7: records decided after `to` do not count
    }
    AssessmentResult result = Assessor.create().assess(record, profile, calendar, period.to());
    if (result.isRefused()) {
      result.problems().forEach(p -> problems.add(p.forRecord(record.recordId())));
      return;
    }
    Assessment a = result.assessment();
    if (a.state() == RecordState.REVOKED) {
      return;
    }
    Optional<LocalDate> endedOn = a.disclosure().endedOn();
    if (endedOn.isEmpty() || endedOn.get().isAfter(period.from())) {
      switch (record.tier()) {
        case MINOR -> tally.add(Indicator.RECORD_ACTIVE_MINOR);
        case GENERAL -> tally.add(Indicator.RECORD_ACTIVE_GENERAL);
        case SERIOUS -> tally.add(Indicator.RECORD_ACTIVE_SERIOUS);
      }
      if (record.category() == Category.DISHONEST_JUDGMENT_DEBTOR) {
        tally.add(Indicator.DISHONEST_JUDGMENT_DEBTOR);
      }
    }
    Optional<LocalDate> publishBy = a.disclosure().publishBy();
    PublicationStatus publication = a.disclosure().publication();
    if (publishBy.isPresent() && period.contains(publishBy.get())
        && (publication == PublicationStatus.LATE || publication == PublicationStatus.OVERDUE)) {
      tally.add(Indicator.PUBLICATION_LATE_OR_OVERDUE);
    }
    Optional<LocalDate> rectificationDueOn = record.rectificationDueOn();
    if (rectificationDueOn.isPresent() && period.contains(rectificationDueOn.get())
        && record.events().stream().noneMatch(e -> e.type() == EventType.RECTIFICATION_COMPLETED
            && !e.on().isAfter(rectificationDueOn.get()))) {
      tally.add(Indicator.RECTIFICATION_OVERDUE);
    }
  }

  private void commitment(Commitment c) {
    Tally tally = tally(c.unit());
    boolean brokenInPeriod = c.brokenOn().filter(period::contains).isPresent();
    boolean dueAndUnfulfilled = period.contains(c.dueOn())
        && c.fulfilledOn().filter(f -> !f.isAfter(c.dueOn())).isEmpty();
    if (brokenInPeriod || dueAndUnfulfilled) {
      tally.add(Indicator.COMMITMENT_BROKEN);
    }
  }

  private void complaint(Complaint c) {
    Tally tally = tally(c.unit());
    // closed after dueOn, or not closed by `to`: as dueOn ≤ to, "closedOn > dueOn" covers a close after `to`
    if (period.contains(c.dueOn()) && c.closedOn().filter(closed -> !closed.isAfter(c.dueOn())).isEmpty()) {
      tally.add(Indicator.COMPLAINT_LATE);
    }
    if (c.closedOn().filter(period::contains).isPresent() && c.substantiated().orElse(false)) {
      tally.add(Indicator.COMPLAINT_SUBSTANTIATED);
    }
  }

  private void litigation(LitigationCase c) {
    Tally tally = tally(c.unit());
    if (!period.contains(c.concludedOn())) {
      return;
    }
    tally.concluded++;
    if (c.outcome() == LitigationOutcome.LOST) {
      tally.add(Indicator.LITIGATION_LOSS_RATE);
      if (c.judgmentPerformedOn().filter(p -> !p.isAfter(period.to())).isEmpty()) {
        tally.add(Indicator.LITIGATION_JUDGMENT_UNPERFORMED);
      }
    }
  }

  private Param<BigDecimal> weight(Indicator indicator) {
    return switch (indicator) {
      case RECORD_ACTIVE_MINOR -> weights.recordActiveMinor();
      case RECORD_ACTIVE_GENERAL -> weights.recordActiveGeneral();
      case RECORD_ACTIVE_SERIOUS -> weights.recordActiveSerious();
      case DISHONEST_JUDGMENT_DEBTOR -> weights.dishonestJudgmentDebtorExtra();
      case PUBLICATION_LATE_OR_OVERDUE -> weights.publicationLateOrOverdue();
      case RECTIFICATION_OVERDUE -> weights.rectificationOverdue();
      case COMMITMENT_BROKEN -> weights.commitmentBroken();
      case COMPLAINT_LATE -> weights.complaintLate();
      case COMPLAINT_SUBSTANTIATED -> weights.complaintSubstantiated();
      case LITIGATION_LOSS_RATE -> weights.litigationLossRate();
      case LITIGATION_JUDGMENT_UNPERFORMED -> weights.litigationJudgmentUnperformed();
    };
  }

  /** Standard competition ranking (1, 2, 2, 4) by rounded score, descending; then by unit code. */
  private static List<UnitEvaluation> ranked(List<UnitEvaluation> scored) {
    List<UnitEvaluation> sorted = new ArrayList<>(scored);
    sorted.sort(Comparator.comparing(UnitEvaluation::score).reversed().thenComparing(UnitEvaluation::unit));
    List<UnitEvaluation> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      UnitEvaluation u = sorted.get(i);
      int rank = i > 0 && u.score().compareTo(sorted.get(i - 1).score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(UnitEvaluation.builder().from(u).rank(rank).build());
    }
    return ranked;
  }

  /** What one unit has counted so far. */
  private final class Tally {
    private final Map<Indicator, Integer> counts = new EnumMap<>(Indicator.class);
    private int concluded;
    private LocalDate nameDecidedOn;
    private String nameRecordId;
    private String name;

    void add(Indicator indicator) {
      counts.merge(indicator, 1, Integer::sum);
    }

    /** SPEC §7: the name on the record with the latest decidedOn, ties to the smallest recordId (then name). */
    void name(Record record) {
      LocalDate decidedOn = record.decision().decidedOn();
      String candidate = record.subject().kind().isOrganisation()
          ? record.subject().name() : record.subject().employerName().orElse(null);
      if (candidate == null) {
        return;
      }
      int byDate = nameDecidedOn == null ? 1 : decidedOn.compareTo(nameDecidedOn);
      int byId = nameRecordId == null ? -1 : record.recordId().compareTo(nameRecordId);
      if (byDate > 0 || byDate == 0 && (byId < 0 || byId == 0 && candidate.compareTo(name) < 0)) {
        nameDecidedOn = decidedOn;
        nameRecordId = record.recordId();
        name = candidate;
      }
    }

    UnitEvaluation evaluate(String unit) {
      List<Deduction> deductions = new ArrayList<>();
      BigDecimal total = BigDecimal.ZERO;
      for (Map.Entry<Indicator, Integer> entry : counts.entrySet()) {
        Param<BigDecimal> weight = weight(entry.getKey());
        BigDecimal factor = entry.getKey() == Indicator.LITIGATION_LOSS_RATE
            ? BigDecimal.valueOf(entry.getValue()).divide(BigDecimal.valueOf(concluded), RATIO_SCALE,
                RoundingMode.HALF_UP)
            : BigDecimal.valueOf(entry.getValue());
        BigDecimal points = factor.multiply(weight.value());
        total = total.add(points);
        deductions.add(Deduction.builder().indicator(entry.getKey()).count(entry.getValue()).points(points)
            .basis(weight.basis()).build());
      }
      BigDecimal score = HUNDRED.subtract(total).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
      return UnitEvaluation.builder()
          .unit(unit)
          .name(Optional.ofNullable(name))
          .score(score)
          .rank(1)
          .warning(weights.warning(score))
          .deductions(deductions)
          .build();
    }
  }
}
