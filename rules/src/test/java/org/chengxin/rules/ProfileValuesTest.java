package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.chengxin.core.Category;
import org.chengxin.core.SanctionType;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.chengxin.rules.internal.BuiltInProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parameter values of the six built-in profiles, inherited ones included, hand-checked against SPEC §4 and
 * §5 (not copied from the files). Columns: cn-national, hainan-2017, fujian-2017, zhashui-2021,
 * qinhuangdao-transport-2021, shenfu-2022; {@code -} where the profile lacks the category.
 */
class ProfileValuesTest {

  static final ProfileRegistry PROFILES = ProfileRegistry.of(new BuiltInProfiles().profiles());
  static final List<String> IDS = List.of(
      "cn-national", "hainan-2017", "fujian-2017", "zhashui-2021", "qinhuangdao-transport-2021", "shenfu-2022");
  static final Set<SubjectKind> ORGANISATIONS = EnumSet.complementOf(EnumSet.of(SubjectKind.PUBLIC_OFFICIAL));

  /** The parameter named {@code name}, through the public API only. */
  static Param<?> param(Profile p, String name) {
    String[] parts = name.split("\\.");
    if (parts.length == 2) {
      CategoryRules c = p.category(Category.valueOf(parts[0])).orElse(null);
      if (c == null) {
        return null;
      }
      switch (parts[1]) {
        case "disclosable": return c.disclosable();
        case "repairable": return c.repairable();
        case "endsOnRectification": return c.endsOnRectification();
        case "publicationWorkingDays": return c.publicationWorkingDays().orElse(null);
        default: throw new IllegalArgumentException(name);
      }
    }
    switch (name) {
      case "retentionPeriod": return p.retentionPeriod();
      case "retentionBase": return p.retentionBase();
      case "objectionDecideWorkingDays": return p.objectionDecideWorkingDays();
      case "suspendMeasuresDuringObjection": return p.suspendMeasuresDuringObjection();
      case "hideDuringObjection": return p.hideDuringObjection();
      case "repairPushWorkingDays": return p.repairPushWorkingDays();
      case "withdrawWithinDays": return p.withdrawWithinDays();
      case "lighterWaives": return p.lighterWaives();
      default: throw new IllegalArgumentException(name);
    }
  }

  static String show(Param<?> param) {
    if (param == null) {
      return "-";
    }
    Object value = param.value();
    if (value instanceof Set) {
      return ((Set<?>) value).stream().map(Object::toString).sorted().collect(Collectors.joining("+"));
    }
    return value.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # parameter                                   | national   | hainan | fujian | zhashui | qinhuangdao | shenfu
      # R-RET: P5Y [default]; shenfu counts from the end of the act (seed:shenfu-2022:10)
      retentionPeriod                               | P5Y        | P5Y    | P5Y    | P5Y     | P5Y         | P5Y
      retentionBase                                 | DECIDED_ON | DECIDED_ON | DECIDED_ON | DECIDED_ON | DECIDED_ON | ACT_END
      # R-OBJ: 5 working days [default]; R-OBJ-1 suspension only zhashui (五(三)5); R-DISC-5 hide: never
      objectionDecideWorkingDays                    | 5          | 5      | 5      | 5       | 5           | 5
      suspendMeasuresDuringObjection                | false      | false  | false  | true    | false       | false
      hideDuringObjection                           | false      | false  | false  | false   | false       | false
      # R-REP-2 push 3 working days [unverified]; R-REV withdraw 3 days; R-MEAS-1 lighterWaives [default]
      repairPushWorkingDays                         | 3          | 3      | 3      | 3       | 3           | 3
      withdrawWithinDays                            | 3          | 3      | 3      | 3       | 3           | 3
      lighterWaives                                 | PRINCIPAL_ACCOUNTABILITY+PUBLIC_CRITICISM | PRINCIPAL_ACCOUNTABILITY+PUBLIC_CRITICISM | PRINCIPAL_ACCOUNTABILITY+PUBLIC_CRITICISM | PRINCIPAL_ACCOUNTABILITY+PUBLIC_CRITICISM | PRINCIPAL_ACCOUNTABILITY+PUBLIC_CRITICISM | PRINCIPAL_ACCOUNTABILITY+PUBLIC_CRITICISM
      # R-DISC-1: officials' sanctions and accountability are CATEGORY_NOT_DISCLOSED nationally; the rest disclosable
      JUDICIAL_JUDGMENT.disclosable                 | true       | true   | true   | true    | true        | true
      NON_PROSECUTION.disclosable                   | -          | -      | -      | -       | true        | -
      ADMINISTRATIVE_PENALTY.disclosable            | true       | true   | true   | true    | true        | true
      DISCIPLINARY_SANCTION.disclosable             | false      | false  | false  | false   | false       | false
      ACCOUNTABILITY.disclosable                    | false      | false  | false  | false   | false       | false
      DISHONEST_JUDGMENT_DEBTOR.disclosable         | -          | -      | true   | -       | -           | -
      CONTRACT_BREACH.disclosable                   | true       | true   | true   | true    | true        | true
      PAYMENT_ARREARS.disclosable                   | -          | -      | -      | -       | -           | true
      # R-REP: national = ADMINISTRATIVE_PENALTY, CONTRACT_BREACH; every seed adds officials' records;
      # fujian its judgment debtors, shenfu its arrears
      JUDICIAL_JUDGMENT.repairable                  | false      | false  | false  | false   | false       | false
      NON_PROSECUTION.repairable                    | -          | -      | -      | -       | false       | -
      ADMINISTRATIVE_PENALTY.repairable             | true       | true   | true   | true    | true        | true
      DISCIPLINARY_SANCTION.repairable              | false      | true   | true   | true    | true        | true
      ACCOUNTABILITY.repairable                     | false      | true   | true   | true    | true        | true
      DISHONEST_JUDGMENT_DEBTOR.repairable          | -          | -      | true   | -       | -           | -
      CONTRACT_BREACH.repairable                    | true       | true   | true   | true    | true        | true
      PAYMENT_ARREARS.repairable                    | -          | -      | -      | -       | -           | true
      # R-REP-4: only fujian's judgment debtors end on performance
      JUDICIAL_JUDGMENT.endsOnRectification         | false      | false  | false  | false   | false       | false
      ADMINISTRATIVE_PENALTY.endsOnRectification    | false      | false  | false  | false   | false       | false
      DISHONEST_JUDGMENT_DEBTOR.endsOnRectification | -          | -      | true   | -       | -           | -
      PAYMENT_ARREARS.endsOnRectification           | -          | -      | -      | -       | -           | false
      # R-DISC-2: only ADMINISTRATIVE_PENALTY has a publication deadline, 7 working days
      ADMINISTRATIVE_PENALTY.publicationWorkingDays | 7          | 7      | 7      | 7       | 7           | 7
      JUDICIAL_JUDGMENT.publicationWorkingDays      | -          | -      | -      | -       | -           | -
      CONTRACT_BREACH.publicationWorkingDays        | -          | -      | -      | -       | -           | -
      """)
  void parameterValues(String name, String national, String hainan, String fujian, String zhashui,
      String qinhuangdao, String shenfu) {
    List<String> expected = List.of(national, hainan, fujian, zhashui, qinhuangdao, shenfu);
    for (int i = 0; i < IDS.size(); i++) {
      assertThat(show(param(PROFILES.get(IDS.get(i)), name))).as("%s in %s", name, IDS.get(i)).isEqualTo(expected.get(i));
    }
  }

  @Test
  void acceptedCategories() {
    // SPEC §5.1 and §5.2: national five; fujian + DISHONEST_JUDGMENT_DEBTOR; qinhuangdao + NON_PROSECUTION;
    // shenfu + PAYMENT_ARREARS.
    Set<Category> national = EnumSet.of(Category.JUDICIAL_JUDGMENT, Category.ADMINISTRATIVE_PENALTY,
        Category.DISCIPLINARY_SANCTION, Category.ACCOUNTABILITY, Category.CONTRACT_BREACH);
    assertThat(PROFILES.get("cn-national").categories().keySet()).isEqualTo(national);
    assertThat(PROFILES.get("hainan-2017").categories().keySet()).isEqualTo(national);
    assertThat(PROFILES.get("zhashui-2021").categories().keySet()).isEqualTo(national);
    assertThat(PROFILES.get("fujian-2017").categories().keySet())
        .isEqualTo(with(national, Category.DISHONEST_JUDGMENT_DEBTOR));
    assertThat(PROFILES.get("qinhuangdao-transport-2021").categories().keySet())
        .isEqualTo(with(national, Category.NON_PROSECUTION));
    assertThat(PROFILES.get("shenfu-2022").categories().keySet()).isEqualTo(with(national, Category.PAYMENT_ARREARS));
  }

  private static Set<Category> with(Set<Category> categories, Category extra) {
    Set<Category> result = EnumSet.copyOf(categories);
    result.add(extra);
    return result;
  }

  @ParameterizedTest(name = "era {0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # R-DISC-3 national eras of ADMINISTRATIVE_PENALTY: from | tier | disclosed | minimum | maximum
      2017-07-31 | MINOR   | true  | P1Y | P1Y
      2017-07-31 | GENERAL | true  | P1Y | P1Y
      2017-07-31 | SERIOUS | true  | P3Y | P3Y
      2019-07-01 | MINOR   | true  | P3M | P1Y
      2019-07-01 | GENERAL | true  | P3M | P1Y
      2019-07-01 | SERIOUS | true  | P6M | P3Y
      2023-05-01 | MINOR   | true  | P3M | P1Y
      2023-05-01 | GENERAL | true  | P3M | P1Y
      2023-05-01 | SERIOUS | true  | P1Y | P3Y
      2026-04-01 | MINOR   | false | P0D | P3M
      2026-04-01 | GENERAL | true  | P3M | P1Y
      2026-04-01 | SERIOUS | true  | P1Y | P3Y
      """)
  void administrativePenaltyErasInEveryProfile(LocalDate from, Tier tier, boolean disclosed, String min, String max) {
    for (String id : IDS) {
      CategoryRules penalty = PROFILES.get(id).category(Category.ADMINISTRATIVE_PENALTY).orElseThrow();
      assertThat(penalty.eras()).extracting(e -> e.from().orElseThrow())
          .containsExactly(LocalDate.of(2017, 7, 31), LocalDate.of(2019, 7, 1), LocalDate.of(2023, 5, 1),
              LocalDate.of(2026, 4, 1));
      DisclosureEra era = penalty.eraFor(from);
      assertThat(era.from()).contains(from);
      assertThat(era.tiers().get(tier)).as("%s %s %s", id, from, tier)
          .isEqualTo(TierPeriod.of(disclosed, Period.parse(min), Period.parse(max)));
    }
  }

  @Test
  void eraBasesCarryTheirSourcesAndOnlyOrder58IsUnverified() {
    List<DisclosureEra> eras =
        PROFILES.get("cn-national").category(Category.ADMINISTRATIVE_PENALTY).orElseThrow().eras();
    assertThat(eras.get(0).basis().citation()).contains("NDRC 2017");
    assertThat(eras.get(1).basis().citation()).contains("发改办财金〔2019〕527号");
    assertThat(eras.get(2).basis().citation()).contains("国家发展改革委令第58号");
    assertThat(eras.get(3).basis().citation()).contains("信用修复管理办法");
    assertThat(eras).extracting(e -> e.basis().verified()).containsExactly(true, true, false, true);
  }

  @ParameterizedTest(name = "decided {0} → era {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # R-ERA: the era in force on decidedOn; before the first era, the first
      2010-01-01 | 2017-07-31
      2017-07-31 | 2017-07-31
      2019-06-30 | 2017-07-31
      2019-07-01 | 2019-07-01
      2023-04-30 | 2019-07-01
      2024-01-08 | 2023-05-01
      2026-03-31 | 2023-05-01
      2026-04-01 | 2026-04-01
      2031-12-31 | 2026-04-01
      """)
  void eraInForceOnTheDecisionDate(LocalDate decidedOn, LocalDate era) {
    CategoryRules penalty = PROFILES.get("cn-national").category(Category.ADMINISTRATIVE_PENALTY).orElseThrow();
    assertThat(penalty.eraFor(decidedOn).from()).contains(era);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # R-DISC-3 other categories: a single undated era, min 3M (MINOR, GENERAL) / 1Y (SERIOUS), max 3Y [default];
      # DISHONEST_JUDGMENT_DEBTOR 0D–2Y [unverified]
      cn-national                | JUDICIAL_JUDGMENT         | P3M | P3M | P1Y | P3Y | P3Y | P3Y | true
      cn-national                | DISCIPLINARY_SANCTION     | P3M | P3M | P1Y | P3Y | P3Y | P3Y | true
      cn-national                | ACCOUNTABILITY            | P3M | P3M | P1Y | P3Y | P3Y | P3Y | true
      cn-national                | CONTRACT_BREACH           | P3M | P3M | P1Y | P3Y | P3Y | P3Y | true
      zhashui-2021               | CONTRACT_BREACH           | P3M | P3M | P1Y | P3Y | P3Y | P3Y | true
      qinhuangdao-transport-2021 | NON_PROSECUTION           | P3M | P3M | P1Y | P3Y | P3Y | P3Y | true
      shenfu-2022                | PAYMENT_ARREARS           | P3M | P3M | P1Y | P3Y | P3Y | P3Y | true
      fujian-2017                | DISHONEST_JUDGMENT_DEBTOR | P0D | P0D | P0D | P2Y | P2Y | P2Y | false
      """)
  void singleEraOfOtherCategories(String id, Category category, String minMinor, String minGeneral,
      String minSerious, String maxMinor, String maxGeneral, String maxSerious, boolean verified) {
    List<DisclosureEra> eras = PROFILES.get(id).category(category).orElseThrow().eras();
    assertThat(eras).hasSize(1);
    DisclosureEra era = eras.get(0);
    assertThat(era.from()).isEmpty();
    Map<Tier, TierPeriod> expected = new TreeMap<>(Map.of(
        Tier.MINOR, TierPeriod.of(true, Period.parse(minMinor), Period.parse(maxMinor)),
        Tier.GENERAL, TierPeriod.of(true, Period.parse(minGeneral), Period.parse(maxGeneral)),
        Tier.SERIOUS, TierPeriod.of(true, Period.parse(minSerious), Period.parse(maxSerious))));
    assertThat(new TreeMap<>(era.tiers())).isEqualTo(expected);
    assertThat(era.basis().verified()).isEqualTo(verified);
    assertThat(era.basis().isDefault()).isEqualTo(verified);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # SPEC §5.1 national measure rules: id | code | kind | duration | target | statutory | for
      org-written-explanation       | WRITTEN_EXPLANATION      | ACTION      | ONCE            | -         | false | ORG
      org-rectification             | RECTIFICATION            | RESTRICTION | UNTIL_RECTIFIED | -         | false | ORG
      org-honor-ineligibility       | HONOR_INELIGIBILITY      | RESTRICTION | WHILE_ACTIVE    | -         | false | ORG
      org-public-criticism          | PUBLIC_CRITICISM         | ACTION      | ONCE            | -         | false | ORG
      org-principal-accountability  | PRINCIPAL_ACCOUNTABILITY | ACTION      | ONCE            | PRINCIPAL | false | ORG
      org-evaluation-downgrade      | EVALUATION_DOWNGRADE     | RESTRICTION | WHILE_ACTIVE    | -         | false | ORG
      official-commendation-ban     | COMMENDATION_BAN         | RESTRICTION | WHILE_ACTIVE    | -         | false | OFFICIAL
      official-integrity-file-entry | INTEGRITY_FILE_ENTRY     | ACTION      | ONCE            | -         | false | OFFICIAL
      gov-promotion-ban             | PROMOTION_BAN            | RESTRICTION | SANCTION_PERIOD | PERSON    | true  | OFFICIAL
      gov-salary-grade-freeze       | SALARY_GRADE_FREEZE      | RESTRICTION | SANCTION_PERIOD | PERSON    | true  | OFFICIAL
      gov-employment-terminated     | EMPLOYMENT_TERMINATED    | RESTRICTION | PERMANENT       | PERSON    | true  | OFFICIAL
      party-promotion-ban           | PARTY_PROMOTION_BAN      | RESTRICTION | SANCTION_PERIOD | PERSON    | true  | OFFICIAL
      party-probation-promotion-ban | PARTY_PROMOTION_BAN      | RESTRICTION | SANCTION_PERIOD | PERSON    | true  | OFFICIAL
      party-readmission-ban         | PARTY_READMISSION_BAN    | RESTRICTION | FIXED           | PERSON    | true  | OFFICIAL
      accountability-promotion-ban  | PROMOTION_BAN            | RESTRICTION | SANCTION_PERIOD | PERSON    | true  | OFFICIAL
      """)
  void nationalMeasureRules(String id, MeasureCode code, MeasureKind kind, DurationType duration, String target,
      boolean statutory, String subjects) {
    MeasureRule rule = rule("cn-national", id);
    assertThat(rule.code()).isEqualTo(code);
    assertThat(rule.kind()).isEqualTo(kind);
    assertThat(rule.duration().type()).isEqualTo(duration);
    assertThat(rule.target().map(Target::name).orElse("-")).isEqualTo(target);
    assertThat(rule.statutory()).isEqualTo(statutory);
    assertThat(rule.when().subjectKinds())
        .isEqualTo(subjects.equals("ORG") ? ORGANISATIONS : EnumSet.of(SubjectKind.PUBLIC_OFFICIAL));
    if (!statutory) {
      // "all categories", every tier, domain and sanction
      assertThat(rule.when().categories()).isEmpty();
      assertThat(rule.when().tiers()).isEmpty();
      assertThat(rule.when().sanctionTypes()).isEmpty();
    }
  }

  @Test
  void nationalProfileHasExactlyTheRulesOfSpec51InOrder() {
    assertThat(PROFILES.get("cn-national").measures()).extracting(MeasureRule::id).containsExactly(
        "org-written-explanation", "org-rectification", "org-honor-ineligibility", "org-public-criticism",
        "org-principal-accountability", "org-evaluation-downgrade", "official-commendation-ban",
        "official-integrity-file-entry", "gov-promotion-ban", "gov-salary-grade-freeze", "gov-employment-terminated",
        "party-promotion-ban", "party-probation-promotion-ban", "party-readmission-ban",
        "accountability-promotion-ban");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # SPEC §5.1 statutory measures per sanction type: code:duration[:period], '' = none
      WARNING               | PROMOTION_BAN:SANCTION_PERIOD
      DEMERIT               | PROMOTION_BAN:SANCTION_PERIOD SALARY_GRADE_FREEZE:SANCTION_PERIOD
      MAJOR_DEMERIT         | PROMOTION_BAN:SANCTION_PERIOD SALARY_GRADE_FREEZE:SANCTION_PERIOD
      DEMOTION              | PROMOTION_BAN:SANCTION_PERIOD SALARY_GRADE_FREEZE:SANCTION_PERIOD
      REMOVAL               | PROMOTION_BAN:SANCTION_PERIOD SALARY_GRADE_FREEZE:SANCTION_PERIOD
      EXPULSION             | EMPLOYMENT_TERMINATED:PERMANENT
      PARTY_WARNING         | PARTY_PROMOTION_BAN:SANCTION_PERIOD
      PARTY_SERIOUS_WARNING | PARTY_PROMOTION_BAN:SANCTION_PERIOD
      PARTY_POST_REMOVAL    | PARTY_PROMOTION_BAN:SANCTION_PERIOD
      PARTY_PROBATION       | PARTY_PROMOTION_BAN:SANCTION_PERIOD:P24M
      PARTY_EXPULSION       | PARTY_READMISSION_BAN:FIXED:P60M
      CIRCULATED            | ''
      ADMONITION            | PROMOTION_BAN:SANCTION_PERIOD
      POST_ADJUSTMENT       | PROMOTION_BAN:SANCTION_PERIOD
      ORDERED_RESIGNATION   | PROMOTION_BAN:SANCTION_PERIOD
      DISMISSAL_FROM_POST   | PROMOTION_BAN:SANCTION_PERIOD
      DEMOTION_IN_POST      | PROMOTION_BAN:SANCTION_PERIOD
      """)
  void statutoryMeasuresBySanctionType(SanctionType type, String expected) {
    for (String id : IDS) {
      String actual = PROFILES.get(id).measures().stream()
          .filter(MeasureRule::statutory)
          .filter(r -> r.when().sanctionTypes().contains(type))
          .map(r -> r.code() + ":" + r.duration().type() + r.duration().period().map(p -> ":" + p).orElse(""))
          .collect(Collectors.joining(" "));
      assertThat(actual).as("%s in %s", type, id).isEqualTo(expected == null ? "" : expected);
    }
  }

  @Test
  void everyStatutoryRuleIsAPersonsRestrictionForOfficialsInTheSanctionsCategory() {
    for (String id : IDS) {
      for (MeasureRule rule : PROFILES.get(id).measures()) {
        if (rule.statutory()) {
          assertThat(rule.when().subjectKinds()).as(rule.id()).containsExactly(SubjectKind.PUBLIC_OFFICIAL);
          assertThat(rule.target()).as(rule.id()).contains(Target.PERSON);
          assertThat(rule.kind()).as(rule.id()).isEqualTo(MeasureKind.RESTRICTION);
          assertThat(rule.when().sanctionTypes()).as(rule.id()).isNotEmpty()
              .allSatisfy(t -> assertThat(rule.when().categories()).containsExactly(
                  t.system() == org.chengxin.core.SanctionSystem.ACCOUNTABILITY
                      ? Category.ACCOUNTABILITY : Category.DISCIPLINARY_SANCTION));
        }
      }
    }
  }

  @Test
  void everyOnceMeasureIsAnActionAndEveryOtherARestriction() {
    for (String id : IDS) {
      for (MeasureRule rule : PROFILES.get(id).measures()) {
        assertThat(rule.kind() == MeasureKind.ACTION).as(rule.id()).isEqualTo(rule.duration().type() == DurationType.ONCE);
      }
    }
  }

  @Test
  void everyParameterCarriesABasis() {
    for (String id : IDS) {
      Profile p = PROFILES.get(id);
      for (String name : List.of("retentionPeriod", "retentionBase", "objectionDecideWorkingDays",
          "suspendMeasuresDuringObjection", "hideDuringObjection", "repairPushWorkingDays", "withdrawWithinDays",
          "lighterWaives")) {
        assertThat(param(p, name).basis().citation()).as("%s %s", id, name).isNotBlank();
      }
      p.measures().forEach(r -> assertThat(r.basis().citation()).as(r.id()).isNotBlank());
    }
  }

  @Test
  void unverifiedNationalParametersAreFlagged() {
    Profile national = PROFILES.get("cn-national");
    // R-REP-2: "pushBy = R-DATE-2(A, 3) [unverified]"
    assertThat(national.repairPushWorkingDays().basis().verified()).isFalse();
    // [default] values: retention, objection deadline, lighterWaives
    assertThat(national.retentionPeriod().basis().isDefault()).isTrue();
    assertThat(national.objectionDecideWorkingDays().basis().isDefault()).isTrue();
    assertThat(national.lighterWaives().basis().isDefault()).isTrue();
    assertThat(national.category(Category.DISCIPLINARY_SANCTION).orElseThrow().disclosable().basis().isDefault())
        .isTrue();
  }

  @Test
  void nationalJurisdictionIsTheNonStandardUnitCnAndItHasNoReporting() {
    Profile national = PROFILES.get("cn-national");
    assertThat(national.jurisdiction().code()).isEqualTo("CN");
    assertThat(national.jurisdiction().parentDivision()).isEmpty();
    assertThat(national.parent()).isEmpty();
    assertThat(national.reporting()).isEmpty();
    assertThat(national.sources()).extracting(SourceDocument::number)
        .contains(java.util.Optional.of("国发〔2016〕76号"));
  }

  static MeasureRule rule(String profile, String id) {
    return PROFILES.get(profile).measures().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(
        () -> new AssertionError(profile + " has no rule " + id));
  }
}
