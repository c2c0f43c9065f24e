package org.chengxin.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chengxin.core.AdministrativeLevel;
import org.chengxin.core.Category;
import org.chengxin.core.CitizenIdNumber;
import org.chengxin.core.Decision;
import org.chengxin.core.DisclosureRestriction;
import org.chengxin.core.DivisionCode;
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
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.chengxin.core.UnifiedSocialCreditCode;

/**
 * A seeded generator of valid canonical records (SPEC §3): every category, subject kind, optional field and a
 * consistent event history (§3.6). Deterministic for a seed. Partners use {@code org.chengxin.testkit.RecordGenerator},
 * which grew from this class; the formats tests keep their own because testkit depends on formats.
 */
public final class ValidRecords {

  /** Known county, prefecture and province codes of the national list. */
  static final String[] DIVISIONS = {"110105", "611026", "440304", "110000", "210000", "440300", "110100"};
  private static final String[] NAMES = {"柞水县人民政府", "福建省财政厅", "秦皇岛市交通运输局", "海南省某中学",
      "某村民委员会", "沈抚改革创新示范区管委会", "Office \"A\" \\ B", "张三", "李四😀", "王五"};
  private static final String[] TEXTS = {"未按合同约定支付工程款", "违反《政府采购法》第二十二条", "罚款人民币壹万元整",
      "line1\nline2\ttab", "<script>&</script>", "责令限期整改"};

  private final SplittableRandom rnd;

  public ValidRecords(long seed) {
    this.rnd = new SplittableRandom(seed);
  }

  /** {@code n} records with IDs {@code R-0} … */
  public List<Record> records(int n) {
    List<Record> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(next("R-" + i));
    }
    return list;
  }

  /** One valid record. */
  public Record next(String recordId) {
    Category category = pick(Category.values());
    SubjectKind kind = kindFor(category);
    LocalDate decidedOn = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(4000));
    Record.Builder b = Record.builder()
        .recordId(recordId)
        .jurisdiction(rnd.nextInt(5) == 0 ? pick(new String[] {"CN", "SHENFU"}) : pick(DIVISIONS))
        .subject(subject(kind, decidedOn))
        .category(category)
        .tier(pick(Tier.values()))
        .decision(decision(category, decidedOn))
        .source(Source.of(pick(NAMES), uscc("11"), instant(decidedOn)));
    if (rnd.nextBoolean()) {
      b.domain(pick(Domain.values()));
    }
    if (rnd.nextInt(3) == 0) {
      Impact.Builder i = Impact.builder();
      if (rnd.nextBoolean()) {
        i.economicLoss(money());
      }
      if (rnd.nextBoolean()) {
        i.socialImpact(pick(SocialImpact.values()));
      }
      b.impact(i.build());
    }
    if (rnd.nextInt(3) == 0) {
      b.actEndedOn(decidedOn.minusDays(rnd.nextInt(400)));
    }
    if (rnd.nextInt(3) == 0) {
      b.rectificationDueOn(decidedOn.plusDays(rnd.nextInt(400)));
    }
    if (rnd.nextInt(3) == 0) {
      b.disclosureRestriction(pick(DisclosureRestriction.values()));
    }
    if (rnd.nextBoolean()) {
      b.publishedOn(decidedOn.plusDays(rnd.nextInt(30)));
    }
    b.events(events(decidedOn));
    return b.build();
  }

  private SubjectKind kindFor(Category category) {
    switch (category) {
      case DISCIPLINARY_SANCTION:
      case ACCOUNTABILITY:
        return SubjectKind.PUBLIC_OFFICIAL;
      case DISHONEST_JUDGMENT_DEBTOR:
      case CONTRACT_BREACH:
      case PAYMENT_ARREARS:
        return pick(SubjectKind.values(), SubjectKind.values().length - 1);
      default:
        return pick(SubjectKind.values());
    }
  }

  private Subject subject(SubjectKind kind, LocalDate decidedOn) {
    Subject.Builder s = Subject.builder().kind(kind).name(pick(NAMES));
    if (kind == SubjectKind.PUBLIC_OFFICIAL) {
      s.idNumber(citizenId(decidedOn)).employerName(pick(NAMES)).employerUscc(uscc("11"));
      if (rnd.nextBoolean()) {
        s.position("科长");
      }
      if (rnd.nextBoolean()) {
        s.civilServant(rnd.nextBoolean());
      }
      if (rnd.nextBoolean()) {
        s.divisionCode(DivisionCode.parse(pick(DIVISIONS)));
      }
      return s.build();
    }
    String prefix = kind == SubjectKind.GOVERNMENT || kind == SubjectKind.DEPARTMENT ? "11"
        : kind == SubjectKind.PUBLIC_INSTITUTION ? "12" : pick(new String[] {"51", "Y1", "11", "91"});
    s.uscc(uscc(prefix)).divisionCode(DivisionCode.parse(pick(DIVISIONS)));
    if (rnd.nextBoolean()) {
      s.level(pick(AdministrativeLevel.values()));
    }
    if (rnd.nextBoolean()) {
      s.principalName("赵六");
    }
    return s.build();
  }

  private Decision decision(Category category, LocalDate decidedOn) {
    Decision.Builder d = Decision.builder()
        .documentNumber("柞政罚〔" + decidedOn.getYear() + "〕" + rnd.nextInt(1000) + "号")
        .authorityName(pick(NAMES))
        .authorityUscc(uscc("11"))
        .decidedOn(decidedOn)
        .content(pick(TEXTS));
    if (rnd.nextBoolean()) {
      d.effectiveOn(decidedOn.plusDays(rnd.nextInt(60)));
    }
    if (rnd.nextBoolean()) {
      d.facts(pick(TEXTS));
    }
    if (rnd.nextBoolean()) {
      d.basis(pick(TEXTS));
    }
    if (category == Category.ADMINISTRATIVE_PENALTY) {
      int n = 1 + rnd.nextInt(3);
      for (int i = 0; i < n; i++) {
        d.addPenaltyTypes(pick(PenaltyType.values()));
      }
      if (rnd.nextBoolean()) {
        d.fineAmount(money());
      }
      if (rnd.nextInt(3) == 0) {
        d.confiscatedAmount(money());
      }
      if (rnd.nextBoolean()) {
        d.simpleProcedure(rnd.nextBoolean());
      }
    }
    if (category == Category.DISCIPLINARY_SANCTION || category == Category.ACCOUNTABILITY) {
      d.sanction(sanction(category));
    }
    return d.build();
  }

  private Sanction sanction(Category category) {
    SanctionSystem system = category == Category.ACCOUNTABILITY ? SanctionSystem.ACCOUNTABILITY
        : rnd.nextBoolean() ? SanctionSystem.GOVERNMENT : SanctionSystem.PARTY;
    List<SanctionType> types = new ArrayList<>();
    for (SanctionType t : SanctionType.values()) {
      if (t.system() == system) {
        types.add(t);
      }
    }
    SanctionType type = types.get(rnd.nextInt(types.size()));
    Sanction.Builder s = Sanction.builder().system(system).type(type);
    if (type == SanctionType.PARTY_PROBATION) {
      s.periodMonths(rnd.nextBoolean() ? 12 : 24);
    } else if (type.allowsPeriodMonths() && rnd.nextInt(4) == 0) {
      int standard = type.standardMonths().orElseThrow();
      s.periodMonths(standard + rnd.nextInt(48 - standard + 1));
    }
    return s.build();
  }

  /** A consistent history (SPEC §3.6), dates non-decreasing from decidedOn. */
  private List<Event> events(LocalDate decidedOn) {
    List<Event> events = new ArrayList<>();
    int n = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(6);
    LocalDate on = decidedOn;
    boolean objection = false;
    boolean repair = false;
    boolean approved = false;
    boolean rectified = false;
    boolean mitigated = false;
    for (int i = 0; i < n; i++) {
      on = on.plusDays(rnd.nextInt(20));
      EventType type = pick(EventType.values());
      Event.Builder e = Event.builder().type(type).on(on);
      switch (type) {
        case OBJECTION_FILED:
          if (objection) {
            continue;
          }
          objection = true;
          if (rnd.nextBoolean()) {
            e.by(pick(NAMES));
          }
          break;
        case OBJECTION_RESOLVED:
          if (!objection) {
            continue;
          }
          objection = false;
          ObjectionOutcome outcome = pick(ObjectionOutcome.values());
          e.outcome(outcome);
          events.add(e.build());
          if (outcome == ObjectionOutcome.UPHELD_WITHDRAWN) {
            return events;
          }
          continue;
        case RECTIFICATION_COMPLETED:
          if (rectified) {
            continue;
          }
          rectified = true;
          break;
        case MITIGATION_DECIDED:
          if (mitigated) {
            continue;
          }
          mitigated = true;
          e.decision(pick(MitigationDecision.values())).addGrounds(pick(MitigationGround.values()));
          if (rnd.nextBoolean()) {
            e.addGrounds(pick(MitigationGround.values()));
          }
          break;
        case REPAIR_APPLIED:
          if (repair || approved) {
            continue;
          }
          repair = true;
          break;
        case REPAIR_DECIDED:
          if (!repair) {
            continue;
          }
          repair = false;
          approved = rnd.nextBoolean();
          e.approved(approved);
          break;
        case DECISION_REVOKED:
          if (rnd.nextBoolean()) {
            e.reason(pick(TEXTS));
          }
          events.add(e.build());
          return events;
        default:
          break;
      }
      events.add(e.build());
    }
    return events;
  }

  private BigDecimal money() {
    return BigDecimal.valueOf(rnd.nextLong(100_000_000L), rnd.nextInt(3));
  }

  private OffsetDateTime instant(LocalDate day) {
    ZoneOffset offset = pick(new ZoneOffset[] {ZoneOffset.ofHours(8), ZoneOffset.UTC, ZoneOffset.of("-05:30")});
    int nanos = rnd.nextInt(3) == 0 ? rnd.nextInt(1000) * 1_000_000 : 0;
    return day.plusDays(rnd.nextInt(10)).atTime(rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60), nanos)
        .atOffset(offset);
  }

  /** A valid USCC starting with a two-character prefix. */
  UnifiedSocialCreditCode uscc(String prefix) {
    StringBuilder body = new StringBuilder(prefix).append(pick(DIVISIONS));
    for (int i = 0; i < 9; i++) {
      body.append(UnifiedSocialCreditCode.ALPHABET.charAt(rnd.nextInt(31)));
    }
    return UnifiedSocialCreditCode.parse(body.toString() + UnifiedSocialCreditCode.checkCharacter(body));
  }

  /** A valid citizen ID born at least 18 years before the day. */
  CitizenIdNumber citizenId(LocalDate day) {
    LocalDate birth = day.minusYears(18).minusDays(rnd.nextInt(15000));
    StringBuilder body = new StringBuilder(pick(DIVISIONS))
        .append(String.format(java.util.Locale.ROOT, "%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
            birth.getDayOfMonth()))
        .append(String.format(java.util.Locale.ROOT, "%03d", rnd.nextInt(1000)));
    return CitizenIdNumber.parse(body.toString() + CitizenIdNumber.checkCharacter(body));
  }

  private <T> T pick(T[] values) {
    return values[rnd.nextInt(values.length)];
  }

  private <T> T pick(T[] values, int bound) {
    return values[rnd.nextInt(bound)];
  }
}
