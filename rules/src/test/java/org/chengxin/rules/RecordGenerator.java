package org.chengxin.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.chengxin.core.SanctionSystem;
import org.chengxin.core.SanctionType;
import org.chengxin.core.Source;
import org.chengxin.core.Subject;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;

/**
 * A seeded generator of valid records (§3) whose events obey §3.6: dates non-decreasing from decidedOn (same-day
 * events are frequent), at most one open objection, one rectification, one mitigation, repair decisions only on
 * a pending application, nothing after a revocation or an UPHELD_WITHDRAWN. Decisions are in 2024, events up to
 * 2025-11-30; the profiles are the six shipped ones.
 */
final class RecordGenerator {

  static final Profile[] PROFILES = ProfileRegistry.load().all().toArray(new Profile[0]);
  private static final SubjectKind[] ORGS = {SubjectKind.GOVERNMENT, SubjectKind.DEPARTMENT,
      SubjectKind.PUBLIC_INSTITUTION, SubjectKind.GRASSROOTS_ORGANISATION, SubjectKind.DEVELOPMENT_ZONE};
  private static final LocalDate LAST_EVENT = LocalDate.of(2025, 11, 30);

  private final SplittableRandom random;
  private int serial;

  RecordGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A profile and a record it accepts. */
  static final class Sample {
    final Profile profile;
    final Record record;
    final LocalDate asOf;

    Sample(Profile profile, Record record, LocalDate asOf) {
      this.profile = profile;
      this.record = record;
      this.asOf = asOf;
    }

    @Override
    public String toString() {
      return profile.id() + " asOf " + asOf + " " + record;
    }
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  Sample next() {
    Profile profile = pick(PROFILES);
    Category[] accepted = profile.categories().keySet().toArray(new Category[0]);
    Category category = pick(accepted);
    SubjectKind kind = subjectKind(category);
    Tier tier = pick(Tier.values());
    LocalDate decidedOn = LocalDate.of(2024, 1, 2).plusDays(random.nextInt(300));
    Record.Builder r = Record.builder().recordId("G" + (++serial)).jurisdiction("611026").category(category)
        .tier(tier).source(Source.of("来源单位", TestRecords.ORGAN, OffsetDateTime.parse("2024-01-01T00:00:00+08:00")));
    Subject.Builder s = Subject.builder().kind(kind);
    if (kind.isOrganisation()) {
      s.name("某单位").uscc(TestRecords.ORGAN).divisionCode(DivisionCode.parse("611026"));
    } else {
      s.name("某人").idNumber(CitizenIdNumber.parse("11010519491231002X")).employerName("某单位")
          .employerUscc(TestRecords.ORGAN);
    }
    r.subject(s.build());
    Decision.Builder d = Decision.builder().documentNumber("某〔2024〕1号").authorityName("某机关")
        .authorityUscc(TestRecords.ORGAN).decidedOn(decidedOn).content("内容");
    if (chance(30)) {
      d.effectiveOn(decidedOn.plusDays(random.nextInt(21)));
    }
    if (category == Category.ADMINISTRATIVE_PENALTY) {
      d.addPenaltyTypes(PenaltyType.FINE);
    }
    if (category == Category.DISCIPLINARY_SANCTION || category == Category.ACCOUNTABILITY) {
      d.sanction(sanction(category));
    }
    r.decision(d.build());
    if (chance(60)) {
      r.publishedOn(decidedOn.plusDays(random.nextInt(20)));
    }
    if (chance(10)) {
      r.disclosureRestriction(pick(DisclosureRestriction.values()));
    }
    if (chance(30)) {
      r.actEndedOn(decidedOn.minusDays(random.nextInt(2500)));
    }
    r.events(events(decidedOn));
    Record record = r.build();
    LocalDate asOf = decidedOn.plusDays(random.nextInt(800));
    return new Sample(profile, record, asOf);
  }

  private SubjectKind subjectKind(Category category) {
    switch (category) {
      case DISCIPLINARY_SANCTION:
      case ACCOUNTABILITY:
        return SubjectKind.PUBLIC_OFFICIAL;
      case DISHONEST_JUDGMENT_DEBTOR:
      case CONTRACT_BREACH:
      case PAYMENT_ARREARS:
        return pick(ORGS);
      default:
        return pick(SubjectKind.values());
    }
  }

  private Sanction sanction(Category category) {
    List<SanctionType> types = new ArrayList<>();
    for (SanctionType t : SanctionType.values()) {
      boolean accountability = t.system() == SanctionSystem.ACCOUNTABILITY;
      if ((category == Category.ACCOUNTABILITY) == accountability) {
        types.add(t);
      }
    }
    SanctionType type = types.get(random.nextInt(types.size()));
    Sanction.Builder s = Sanction.builder().system(type.system()).type(type);
    if (type == SanctionType.PARTY_PROBATION) {
      s.periodMonths(chance(50) ? 12 : 24);
    } else if (type.allowsPeriodMonths() && chance(20)) {
      int standard = type.standardMonths().get();
      s.periodMonths(standard + random.nextInt(48 - standard + 1));
    }
    return s.build();
  }

  private List<Event> events(LocalDate decidedOn) {
    List<Event> events = new ArrayList<>();
    int count = random.nextInt(9);
    LocalDate day = decidedOn;
    boolean objectionOpen = false;
    boolean rectified = false;
    boolean mitigated = false;
    boolean applicationOpen = false;
    boolean approved = false;
    for (int i = 0; i < count; i++) {
      if (!chance(25)) {
        day = day.plusDays(random.nextInt(chance(50) ? 15 : 120));
      }
      if (day.isAfter(LAST_EVENT)) {
        break;
      }
      List<EventType> allowed = new ArrayList<>();
      allowed.add(objectionOpen ? EventType.OBJECTION_RESOLVED : EventType.OBJECTION_FILED);
      if (!rectified) {
        allowed.add(EventType.RECTIFICATION_COMPLETED);
      }
      if (!mitigated) {
        allowed.add(EventType.MITIGATION_DECIDED);
      }
      if (applicationOpen) {
        allowed.add(EventType.REPAIR_DECIDED);
        allowed.add(EventType.REPAIR_DECIDED);
      } else if (!approved) {
        allowed.add(EventType.REPAIR_APPLIED);
      }
      if (chance(15)) {
        allowed.add(EventType.DECISION_REVOKED);
      }
      EventType type = allowed.get(random.nextInt(allowed.size()));
      Event.Builder e = Event.builder().type(type).on(day);
      switch (type) {
        case OBJECTION_FILED:
          objectionOpen = true;
          break;
        case OBJECTION_RESOLVED:
          objectionOpen = false;
          ObjectionOutcome outcome = random.nextInt(10) == 0 ? ObjectionOutcome.UPHELD_WITHDRAWN
              : pick(new ObjectionOutcome[] {ObjectionOutcome.REJECTED, ObjectionOutcome.UPHELD_CORRECTED});
          e.outcome(outcome);
          events.add(e.build());
          if (outcome == ObjectionOutcome.UPHELD_WITHDRAWN) {
            return events;
          }
          continue;
        case RECTIFICATION_COMPLETED:
          rectified = true;
          break;
        case MITIGATION_DECIDED:
          mitigated = true;
          e.decision(pick(MitigationDecision.values())).addGrounds(pick(MitigationGround.values()));
          break;
        case REPAIR_APPLIED:
          applicationOpen = true;
          break;
        case REPAIR_DECIDED:
          applicationOpen = false;
          boolean yes = chance(60);
          approved |= yes;
          e.approved(yes);
          break;
        case DECISION_REVOKED:
          events.add(e.build());
          return events;
        default:
          break;
      }
      events.add(e.build());
    }
    return events;
  }
}
