package org.chengxin.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.core.Commitment;
import org.chengxin.core.CommitmentType;
import org.chengxin.core.Complaint;
import org.chengxin.core.ComplaintChannel;
import org.chengxin.core.LitigationCase;
import org.chengxin.core.LitigationOutcome;
import org.chengxin.core.Record;
import org.chengxin.core.UnifiedSocialCreditCode;

/** Test inputs of an evaluation: records, commitments, complaints and litigation cases, built fluently. */
final class EvaluationInputs {

  final List<Record> records = new ArrayList<>();
  final List<Commitment> commitments = new ArrayList<>();
  final List<Complaint> complaints = new ArrayList<>();
  final List<LitigationCase> litigation = new ArrayList<>();
  private int next;

  /** A valid unit code: 11 (机关), division 611026, serial {@code n}. */
  static UnifiedSocialCreditCode unit(int n) {
    String first17 = "11611026" + String.format(java.util.Locale.ROOT, "%09d", n);
    return UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
  }

  private String id(String prefix) {
    return prefix + "-" + (++next);
  }

  EvaluationInputs record(Record record) {
    records.add(record);
    return this;
  }

  EvaluationInputs commitment(UnifiedSocialCreditCode unit, String madeOn, String dueOn, String fulfilledOn,
      String brokenOn) {
    Commitment.Builder c = Commitment.builder().id(id("C")).unit(unit).type(CommitmentType.DEADLINE)
        .madeOn(LocalDate.parse(madeOn)).dueOn(LocalDate.parse(dueOn));
    if (fulfilledOn != null) {
      c.fulfilledOn(LocalDate.parse(fulfilledOn));
    }
    if (brokenOn != null) {
      c.brokenOn(LocalDate.parse(brokenOn));
    }
    commitments.add(c.build());
    return this;
  }

  EvaluationInputs complaint(UnifiedSocialCreditCode unit, String receivedOn, String dueOn, String closedOn,
      Boolean substantiated) {
    Complaint.Builder c = Complaint.builder().id(id("Q")).unit(unit).channel(ComplaintChannel.HOTLINE_12345)
        .receivedOn(LocalDate.parse(receivedOn)).dueOn(LocalDate.parse(dueOn));
    if (closedOn != null) {
      c.closedOn(LocalDate.parse(closedOn));
    }
    if (substantiated != null) {
      c.substantiated(substantiated);
    }
    complaints.add(c.build());
    return this;
  }

  EvaluationInputs litigation(UnifiedSocialCreditCode unit, String concludedOn, LitigationOutcome outcome,
      String performedOn) {
    LitigationCase.Builder c = LitigationCase.builder().id(id("L")).unit(unit).caseNumber("(2024)陕10行初" + next + "号")
        .concludedOn(LocalDate.parse(concludedOn)).outcome(outcome);
    if (performedOn != null) {
      c.judgmentPerformedOn(LocalDate.parse(performedOn));
    }
    litigation.add(c.build());
    return this;
  }

  EvaluationResult evaluate(Profile profile, String period) {
    return Evaluator.create().evaluate(profile, WorkingDayCalendars.national(), EvaluationPeriod.parse(period),
        records, commitments, complaints, litigation);
  }
}
