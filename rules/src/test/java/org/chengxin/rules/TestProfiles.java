package org.chengxin.rules;

import static org.chengxin.core.SanctionType.DEMERIT;
import static org.chengxin.core.SanctionType.DEMOTION;
import static org.chengxin.core.SanctionType.MAJOR_DEMERIT;
import static org.chengxin.core.SanctionType.REMOVAL;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.core.Category;
import org.chengxin.core.SanctionType;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;

/**
 * Programmatic profiles for the engine's tests, built from SPEC §5.1 and §5.2 (independent of the profile
 * loader's JSON files). Basis citations are short test citations such as {@code nat:honor}.
 */
final class TestProfiles {

  private TestProfiles() {}

  static final Set<SubjectKind> ORGS = EnumSet.of(SubjectKind.GOVERNMENT, SubjectKind.DEPARTMENT,
      SubjectKind.PUBLIC_INSTITUTION, SubjectKind.DEVELOPMENT_ZONE, SubjectKind.GRASSROOTS_ORGANISATION);
  static final Set<SubjectKind> OFFICIAL = EnumSet.of(SubjectKind.PUBLIC_OFFICIAL);

  private static final Duration ONCE = Duration.of(DurationType.ONCE);
  private static final Duration WHILE_ACTIVE = Duration.of(DurationType.WHILE_ACTIVE);
  private static final Duration SANCTION = Duration.of(DurationType.SANCTION_PERIOD);

  static final Profile CN_NATIONAL = cnNational();
  static final Profile HAINAN = seed("hainan-2017", officialsRepair(CN_NATIONAL.categories()), CN_NATIONAL.measures(),
      false, RetentionBase.DECIDED_ON);
  static final Profile FUJIAN = fujian();
  static final Profile ZHASHUI = zhashui();
  static final Profile QINHUANGDAO = qinhuangdao();
  static final Profile SHENFU = shenfu();

  static Basis basis(String citation) {
    return Basis.of(citation, true);
  }

  static <T> Param<T> param(T value, String citation) {
    return Param.of(value, basis(citation));
  }

  private static TierPeriod tp(boolean disclosed, Period min, Period max) {
    return TierPeriod.of(disclosed, min, max);
  }

  private static DisclosureEra era(String from, TierPeriod minor, TierPeriod general, TierPeriod serious,
      String citation) {
    DisclosureEra.Builder b = DisclosureEra.builder().basis(basis(citation))
        .putTiers(Tier.MINOR, minor).putTiers(Tier.GENERAL, general).putTiers(Tier.SERIOUS, serious);
    if (from != null) {
      b.from(LocalDate.parse(from));
    }
    return b.build();
  }

  static CategoryRules category(boolean disclosable, boolean repairable, boolean endsOnRectification,
      DisclosureEra... eras) {
    return CategoryRules.builder()
        .disclosable(param(disclosable, "cat:disclosable"))
        .repairable(param(repairable, "cat:repairable"))
        .endsOnRectification(param(endsOnRectification, "cat:endsOnRectification"))
        .addEras(eras)
        .build();
  }

  /** [default] periods of the categories without eras: min 3M (MINOR, GENERAL) or 1Y (SERIOUS), max 3Y. */
  static DisclosureEra defaultEra() {
    return era(null, tp(true, Period.ofMonths(3), Period.ofYears(3)), tp(true, Period.ofMonths(3), Period.ofYears(3)),
        tp(true, Period.ofYears(1), Period.ofYears(3)), "[default] other categories");
  }

  static CategoryRules penalty() {
    TierPeriod oneYear = tp(true, Period.ofYears(1), Period.ofYears(1));
    TierPeriod g = tp(true, Period.ofMonths(3), Period.ofYears(1));
    return CategoryRules.builder()
        .disclosable(param(true, "cat:disclosable"))
        .publicationWorkingDays(param(7, "NDRC 2017 notice"))
        .repairable(param(true, "cat:repairable"))
        .endsOnRectification(param(false, "cat:endsOnRectification"))
        .addEras(era("2017-07-31", oneYear, oneYear, tp(true, Period.ofYears(3), Period.ofYears(3)), "era2017"))
        .addEras(era("2019-07-01", g, g, tp(true, Period.ofMonths(6), Period.ofYears(3)), "era2019"))
        .addEras(era("2023-05-01", g, g, tp(true, Period.ofYears(1), Period.ofYears(3)), "era2023"))
        .addEras(era("2026-04-01", tp(false, Period.ZERO, Period.ofMonths(3)), g,
            tp(true, Period.ofYears(1), Period.ofYears(3)), "era2026"))
        .build();
  }

  static MeasureRule rule(String id, Set<SubjectKind> kinds, MeasureCode code, Target target, MeasureKind kind,
      Duration duration, boolean statutory, String citation) {
    return rule(id, Condition.builder().subjectKinds(kinds).build(), code, target, kind, duration, statutory,
        citation);
  }

  static MeasureRule rule(String id, Condition when, MeasureCode code, Target target, MeasureKind kind,
      Duration duration, boolean statutory, String citation) {
    MeasureRule.Builder b = MeasureRule.builder().id(id).when(when).code(code).kind(kind).duration(duration)
        .statutory(statutory).basis(basis(citation));
    if (target != null) {
      b.target(target);
    }
    return b.build();
  }

  private static Condition sanctions(SanctionType... types) {
    return Condition.builder().subjectKinds(OFFICIAL).addSanctionTypes(types).build();
  }

  static Profile cnNational() {
    Map<Category, CategoryRules> cats = new LinkedHashMap<>();
    cats.put(Category.JUDICIAL_JUDGMENT, category(true, false, false, defaultEra()));
    cats.put(Category.ADMINISTRATIVE_PENALTY, penalty());
    cats.put(Category.DISCIPLINARY_SANCTION, category(false, false, false, defaultEra()));
    cats.put(Category.ACCOUNTABILITY, category(false, false, false, defaultEra()));
    cats.put(Category.CONTRACT_BREACH, category(true, true, false, defaultEra()));
    List<MeasureRule> m = new ArrayList<>();
    m.add(rule("org-written-explanation", ORGS, MeasureCode.WRITTEN_EXPLANATION, null, MeasureKind.ACTION, ONCE,
        false, "nat:explanation"));
    m.add(rule("org-rectification", ORGS, MeasureCode.RECTIFICATION, null, MeasureKind.RESTRICTION,
        Duration.of(DurationType.UNTIL_RECTIFIED), false, "nat:rectification"));
    m.add(rule("org-honor-ineligibility", ORGS, MeasureCode.HONOR_INELIGIBILITY, null, MeasureKind.RESTRICTION,
        WHILE_ACTIVE, false, "nat:honor"));
    m.add(rule("org-public-criticism", ORGS, MeasureCode.PUBLIC_CRITICISM, null, MeasureKind.ACTION, ONCE, false,
        "nat:criticism"));
    m.add(rule("org-principal-accountability", ORGS, MeasureCode.PRINCIPAL_ACCOUNTABILITY, Target.PRINCIPAL,
        MeasureKind.ACTION, ONCE, false, "nat:principal"));
    m.add(rule("org-evaluation-downgrade", ORGS, MeasureCode.EVALUATION_DOWNGRADE, null, MeasureKind.RESTRICTION,
        WHILE_ACTIVE, false, "nat:evaluation"));
    m.add(rule("official-commendation-ban", OFFICIAL, MeasureCode.COMMENDATION_BAN, null, MeasureKind.RESTRICTION,
        WHILE_ACTIVE, false, "nat:commendation"));
    m.add(rule("official-integrity-file", OFFICIAL, MeasureCode.INTEGRITY_FILE_ENTRY, null, MeasureKind.ACTION,
        ONCE, false, "nat:file"));
    m.add(rule("gov-promotion-ban", sanctions(SanctionType.WARNING, DEMERIT, MAJOR_DEMERIT, DEMOTION, REMOVAL),
        MeasureCode.PROMOTION_BAN, Target.PERSON, MeasureKind.RESTRICTION, SANCTION, true, "law:gov-promotion"));
    m.add(rule("gov-salary-freeze", sanctions(DEMERIT, MAJOR_DEMERIT, DEMOTION, REMOVAL),
        MeasureCode.SALARY_GRADE_FREEZE, Target.PERSON, MeasureKind.RESTRICTION, SANCTION, true, "law:salary"));
    m.add(rule("gov-expulsion", sanctions(SanctionType.EXPULSION), MeasureCode.EMPLOYMENT_TERMINATED,
        Target.PERSON, MeasureKind.RESTRICTION, Duration.of(DurationType.PERMANENT), true, "law:expulsion"));
    m.add(rule("party-promotion-ban", sanctions(SanctionType.PARTY_WARNING, SanctionType.PARTY_SERIOUS_WARNING,
        SanctionType.PARTY_POST_REMOVAL), MeasureCode.PARTY_PROMOTION_BAN, Target.PERSON, MeasureKind.RESTRICTION,
        SANCTION, true, "party:promotion"));
    m.add(rule("party-probation", sanctions(SanctionType.PARTY_PROBATION), MeasureCode.PARTY_PROMOTION_BAN,
        Target.PERSON, MeasureKind.RESTRICTION, Duration.of(DurationType.SANCTION_PERIOD, Period.ofMonths(24)),
        true, "party:probation"));
    m.add(rule("party-readmission-ban", sanctions(SanctionType.PARTY_EXPULSION), MeasureCode.PARTY_READMISSION_BAN,
        Target.PERSON, MeasureKind.RESTRICTION, Duration.of(DurationType.FIXED, Period.ofMonths(60)), true,
        "party:readmission"));
    m.add(rule("accountability-promotion-ban", sanctions(SanctionType.CIRCULATED, SanctionType.ADMONITION,
        SanctionType.POST_ADJUSTMENT, SanctionType.ORDERED_RESIGNATION, SanctionType.DISMISSAL_FROM_POST,
        SanctionType.DEMOTION_IN_POST), MeasureCode.PROMOTION_BAN, Target.PERSON, MeasureKind.RESTRICTION,
        SANCTION, true, "acc:promotion"));
    return Profile.builder()
        .id("cn-national").version("1").nameZh("全国").nameEn("national")
        .jurisdiction(Jurisdiction.builder().code("CN").nameZh("全国").nameEn("China").build())
        .categories(cats)
        .retentionPeriod(param(Period.ofYears(5), "[default] retention"))
        .retentionBase(param(RetentionBase.DECIDED_ON, "[default] base"))
        .objectionDecideWorkingDays(param(5, "[default] objection"))
        .suspendMeasuresDuringObjection(param(false, "nat:suspend"))
        .hideDuringObjection(param(false, "nat:hide"))
        .repairPushWorkingDays(param(3, "push"))
        .withdrawWithinDays(param(3, "行政处罚法 Art. 48"))
        .lighterWaives(param(EnumSet.of(MeasureCode.PUBLIC_CRITICISM, MeasureCode.PRINCIPAL_ACCOUNTABILITY),
            "[default] lighter"))
        .measures(m)
        .build();
  }

  /** The seed profiles all make officials' records (DISCIPLINARY_SANCTION, ACCOUNTABILITY) repairable. */
  private static Map<Category, CategoryRules> officialsRepair(Map<Category, CategoryRules> parent) {
    Map<Category, CategoryRules> cats = new LinkedHashMap<>(parent);
    for (Category c : new Category[] {Category.DISCIPLINARY_SANCTION, Category.ACCOUNTABILITY}) {
      cats.put(c, CategoryRules.builder().from(parent.get(c)).repairable(param(true, "seed:officials-repair"))
          .build());
    }
    return cats;
  }

  private static Profile seed(String id, Map<Category, CategoryRules> cats, List<MeasureRule> measures,
      boolean suspend, RetentionBase base) {
    return Profile.builder().from(CN_NATIONAL).id(id).parent("cn-national").categories(cats).measures(measures)
        .suspendMeasuresDuringObjection(param(suspend, "seed:" + id + ":suspend"))
        .retentionBase(param(base, "seed:" + id + ":retention"))
        .build();
  }

  private static Profile fujian() {
    Map<Category, CategoryRules> cats = officialsRepair(CN_NATIONAL.categories());
    DisclosureEra debtor = era(null, tp(true, Period.ZERO, Period.ofYears(2)), tp(true, Period.ZERO, Period.ofYears(2)),
        tp(true, Period.ZERO, Period.ofYears(2)), "SPC debtor list Art. 2");
    cats.put(Category.DISHONEST_JUDGMENT_DEBTOR, category(true, true, true, debtor));
    List<MeasureRule> m = new ArrayList<>(CN_NATIONAL.measures());
    Condition serious = Condition.builder().addTiers(Tier.SERIOUS).build();
    m.add(rule("fj-qualification", serious, MeasureCode.QUALIFICATION_RESTRICTION, null, MeasureKind.RESTRICTION,
        WHILE_ACTIVE, false, "seed:fujian-2017:四(三)"));
    m.add(rule("fj-strict", serious, MeasureCode.STRICT_ASSESSMENT, null, MeasureKind.RESTRICTION, WHILE_ACTIVE,
        false, "seed:fujian-2017:四(三)"));
    return seed("fujian-2017", cats, m, false, RetentionBase.DECIDED_ON);
  }

  private static MeasureRule referral(String citation) {
    return rule("discipline-referral", ORGS, MeasureCode.DISCIPLINE_REFERRAL, Target.PRINCIPAL, MeasureKind.ACTION,
        ONCE, false, citation);
  }

  private static Profile zhashui() {
    List<MeasureRule> m = new ArrayList<>(CN_NATIONAL.measures());
    m.add(referral("seed:zhashui-2021:五(三)4"));
    return seed("zhashui-2021", officialsRepair(CN_NATIONAL.categories()), m, true, RetentionBase.DECIDED_ON);
  }

  private static Profile qinhuangdao() {
    Map<Category, CategoryRules> cats = officialsRepair(CN_NATIONAL.categories());
    cats.put(Category.NON_PROSECUTION, category(true, false, false, defaultEra()));
    List<MeasureRule> m = new ArrayList<>(CN_NATIONAL.measures());
    m.add(rule("qhd-official-honor", OFFICIAL, MeasureCode.HONOR_INELIGIBILITY, null, MeasureKind.RESTRICTION,
        WHILE_ACTIVE, false, "seed:qinhuangdao-transport-2021:四(三)"));
    m.add(referral("seed:qinhuangdao-transport-2021:四(三)"));
    return seed("qinhuangdao-transport-2021", cats, m, false, RetentionBase.DECIDED_ON);
  }

  private static Profile shenfu() {
    Map<Category, CategoryRules> cats = officialsRepair(CN_NATIONAL.categories());
    cats.put(Category.PAYMENT_ARREARS, category(true, true, false, defaultEra()));
    List<MeasureRule> m = new ArrayList<>();
    for (MeasureRule r : CN_NATIONAL.measures()) {
      if (r.id().equals("org-honor-ineligibility")) {
        m.add(rule(r.id(), ORGS, MeasureCode.HONOR_INELIGIBILITY, null, MeasureKind.RESTRICTION,
            Duration.of(DurationType.UNTIL_YEAR_END), false, "seed:shenfu-2022:9"));
      } else {
        m.add(r);
      }
    }
    m.add(rule("sf-new-project-ban", Condition.builder().subjectKinds(ORGS).addCategories(Category.PAYMENT_ARREARS)
            .build(), MeasureCode.NEW_PROJECT_BAN, Target.UNIT, MeasureKind.RESTRICTION,
        Duration.of(DurationType.UNTIL_RECTIFIED), false, "seed:shenfu-2022:14"));
    return seed("shenfu-2022", cats, m, false, RetentionBase.ACT_END);
  }
}
