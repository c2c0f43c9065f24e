package org.chengxin.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.chengxin.core.Category;
import org.chengxin.core.CitizenIdNumber;
import org.chengxin.core.Decision;
import org.chengxin.core.DisclosureRestriction;
import org.chengxin.core.DivisionCode;
import org.chengxin.core.Event;
import org.chengxin.core.EventType;
import org.chengxin.core.MitigationDecision;
import org.chengxin.core.MitigationGround;
import org.chengxin.core.ObjectionOutcome;
import org.chengxin.core.PenaltyType;
import org.chengxin.core.Record;
import org.chengxin.core.Sanction;
import org.chengxin.core.SanctionType;
import org.chengxin.core.Source;
import org.chengxin.core.Subject;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.chengxin.core.UnifiedSocialCreditCode;

/** A fluent builder of test records. */
final class TestRecords {

  static final UnifiedSocialCreditCode ORGAN = UnifiedSocialCreditCode.parse("11230500001755309F");

  private final Record.Builder record = Record.builder();
  private Subject subject;
  private final Decision.Builder decision = Decision.builder();

  private TestRecords(String id, SubjectKind kind, Category category, Tier tier, String decidedOn) {
    record.recordId(id).jurisdiction("611026").category(category).tier(tier)
        .source(Source.of("柞水县发改局", ORGAN, OffsetDateTime.parse("2024-01-01T09:00:00+08:00")));
    decision.documentNumber("柞政罚〔2024〕12号").authorityName("柞水县人民政府").authorityUscc(ORGAN)
        .decidedOn(LocalDate.parse(decidedOn)).content("处理内容");
    if (category == Category.ADMINISTRATIVE_PENALTY) {
      decision.addPenaltyTypes(PenaltyType.WARNING_NOTICE);
    }
    Subject.Builder s = Subject.builder().kind(kind);
    if (kind.isOrganisation()) {
      s.name("柞水县某局").uscc(ORGAN).divisionCode(DivisionCode.parse("611026"));
    } else {
      s.name("张三").idNumber(CitizenIdNumber.parse("11010519491231002X")).employerName("柞水县某局")
          .employerUscc(ORGAN);
    }
    subject = s.build();
  }

  static TestRecords org(Category category, Tier tier, String decidedOn) {
    return new TestRecords("R1", SubjectKind.DEPARTMENT, category, tier, decidedOn);
  }

  static TestRecords penalty(Tier tier, String decidedOn) {
    return org(Category.ADMINISTRATIVE_PENALTY, tier, decidedOn);
  }

  static TestRecords official(Category category, Tier tier, String decidedOn, SanctionType type,
      Integer periodMonths) {
    TestRecords r = new TestRecords("R1", SubjectKind.PUBLIC_OFFICIAL, category, tier, decidedOn);
    if (type != null) {
      Sanction.Builder s = Sanction.builder().system(type.system()).type(type);
      if (periodMonths != null) {
        s.periodMonths(periodMonths);
      }
      r.decision.sanction(s.build());
    }
    return r;
  }

  /** The record's unit: the organisation (or, for an official, the employer) with this code and name. */
  TestRecords unit(UnifiedSocialCreditCode uscc, String name) {
    Subject.Builder s = Subject.builder().from(subject);
    if (subject.kind().isOrganisation()) {
      s.uscc(uscc).name(name).divisionCode(DivisionCode.parse(uscc.divisionCode()));
    } else {
      s.employerUscc(uscc).employerName(name);
    }
    subject = s.build();
    return this;
  }

  TestRecords rectificationDue(String day) {
    record.rectificationDueOn(LocalDate.parse(day));
    return this;
  }

  TestRecords id(String id) {
    record.recordId(id);
    return this;
  }

  TestRecords effectiveOn(String day) {
    decision.effectiveOn(LocalDate.parse(day));
    return this;
  }

  TestRecords published(String day) {
    record.publishedOn(LocalDate.parse(day));
    return this;
  }

  TestRecords restricted(DisclosureRestriction restriction) {
    record.disclosureRestriction(restriction);
    return this;
  }

  TestRecords actEnded(String day) {
    record.actEndedOn(LocalDate.parse(day));
    return this;
  }

  TestRecords event(EventType type, String day) {
    record.addEvents(Event.of(type, LocalDate.parse(day)));
    return this;
  }

  TestRecords objection(String day) {
    return event(EventType.OBJECTION_FILED, day);
  }

  TestRecords resolved(String day, ObjectionOutcome outcome) {
    record.addEvents(Event.builder().type(EventType.OBJECTION_RESOLVED).on(LocalDate.parse(day)).outcome(outcome)
        .build());
    return this;
  }

  TestRecords rectified(String day) {
    return event(EventType.RECTIFICATION_COMPLETED, day);
  }

  TestRecords mitigated(String day, MitigationDecision d) {
    record.addEvents(Event.builder().type(EventType.MITIGATION_DECIDED).on(LocalDate.parse(day)).decision(d)
        .addGrounds(MitigationGround.RECOVERED_LOSS).build());
    return this;
  }

  TestRecords applied(String day) {
    return event(EventType.REPAIR_APPLIED, day);
  }

  TestRecords decided(String day, boolean approved) {
    record.addEvents(Event.builder().type(EventType.REPAIR_DECIDED).on(LocalDate.parse(day)).approved(approved)
        .build());
    return this;
  }

  TestRecords repaired(String appliedOn, String approvedOn) {
    return applied(appliedOn).decided(approvedOn, true);
  }

  TestRecords revoked(String day) {
    return event(EventType.DECISION_REVOKED, day);
  }

  Record build() {
    return record.decision(decision.build()).subject(subject).build();
  }
}
