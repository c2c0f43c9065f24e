package org.chengxin.testkit;

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
import org.chengxin.core.Impact;
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
import org.chengxin.formats.CanonicalJson;

/**
 * A seeded generator of valid canonical records (有效记录生成器, SPEC §3): every category, subject kind and optional
 * field, with a consistent event history from {@link EventSequenceGenerator} (§3.6). The same seed always gives the
 * same records, so a failing case can be reproduced from the seed alone.
 *
 * <pre>{@code
 * RecordGenerator gen = new RecordGenerator(42);
 * List<Record> records = gen.records(1000);              // R-0 … R-999, all valid
 * Record sanction = gen.next("S-1", Category.DISCIPLINARY_SANCTION);
 * String ndjson = RecordGenerator.toNdjson(records);     // the canonical NDJSON, one record per line
 * }</pre>
 *
 * <p>Texts include quotes, backslashes, control characters, HTML and characters outside the BMP, to exercise
 * escaping. Every record validates without an ERROR under {@code RecordValidator.standard()}.
 */
public final class RecordGenerator {

  /** Known county, prefecture and province codes of the national list. */
  private static final String[] DIVISIONS = {"110105", "611026", "440304", "110000", "210000", "440300", "110100"};
  private static final String[] NAMES = {"柞水县人民政府", "福建省财政厅", "秦皇岛市交通运输局", "海南省某中学",
      "某村民委员会", "沈抚改革创新示范区管委会", "Office \"A\" \\ B", "张三", "李四😀", "王五"};
  private static final String[] TEXTS = {"未按合同约定支付工程款", "违反《政府采购法》第二十二条", "罚款人民币壹万元整",
      "line1\nline2\ttab", "<script>&</script>", "责令限期整改"};

  private final SplittableRandom rnd;
  private final EventSequenceGenerator events;

  /** A generator for {@code seed}. */
  public RecordGenerator(long seed) {
    this.rnd = new SplittableRandom(seed);
    this.events = new EventSequenceGenerator(rnd.split());
  }

  /** The records as canonical NDJSON (one per line, each line ending in {@code \n}). */
  public static String toNdjson(List<Record> records) {
    StringBuilder sb = new StringBuilder();
    for (Record r : records) {
      sb.append(CanonicalJson.write(r)).append('\n');
    }
    return sb.toString();
  }

  /** {@code n} records with IDs {@code R-0} … */
  public List<Record> records(int n) {
    List<Record> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(next("R-" + i));
    }
    return list;
  }

  /** One valid record of a random category. */
  public Record next(String recordId) {
    return next(recordId, pick(Category.values()));
  }

  /** One valid record of {@code category}, with a subject kind that fits it (SPEC §3.3). */
  public Record next(String recordId, Category category) {
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
    b.events(events.next(decidedOn));
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

  private BigDecimal money() {
    return BigDecimal.valueOf(rnd.nextLong(100_000_000L), rnd.nextInt(3));
  }

  private OffsetDateTime instant(LocalDate day) {
    ZoneOffset offset = pick(new ZoneOffset[] {ZoneOffset.ofHours(8), ZoneOffset.UTC, ZoneOffset.of("-05:30")});
    int nanos = rnd.nextInt(3) == 0 ? rnd.nextInt(1000) * 1_000_000 : 0;
    return day.plusDays(rnd.nextInt(10)).atTime(rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60), nanos)
        .atOffset(offset);
  }

  /** A valid USCC (R-ID-1) starting with a two-character prefix, e.g. {@code 11} for a government organ. */
  public UnifiedSocialCreditCode uscc(String prefix) {
    StringBuilder body = new StringBuilder(prefix).append(pick(DIVISIONS));
    for (int i = 0; i < 9; i++) {
      body.append(UnifiedSocialCreditCode.ALPHABET.charAt(rnd.nextInt(31)));
    }
    return UnifiedSocialCreditCode.parse(body.toString() + UnifiedSocialCreditCode.checkCharacter(body));
  }

  /** A valid citizen ID number (R-ID-2) of a person at least 18 years old on {@code day}. */
  public CitizenIdNumber citizenId(LocalDate day) {
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
