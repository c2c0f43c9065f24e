package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.rules.ProfileValuesTest.ORGANISATIONS;
import static org.chengxin.rules.ProfileValuesTest.PROFILES;
import static org.chengxin.rules.ProfileValuesTest.rule;

import java.util.List;
import org.chengxin.core.Category;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every difference of SPEC §5.2 from cn-national, with the seed clause it cites. */
class SeedDifferencesTest {

  static final List<String> SEEDS =
      List.of("hainan-2017", "fujian-2017", "zhashui-2021", "qinhuangdao-transport-2021", "shenfu-2022");

  static void cites(Basis basis, String citation, boolean verified) {
    assertThat(basis.citation()).isEqualTo(citation);
    assertThat(basis.verified()).as("verified flag of %s", citation).isEqualTo(verified);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # every seed extends cn-national; jurisdiction code | parent division ('' = none)
      hainan-2017                | 460000 | ''
      fujian-2017                | 350000 | ''
      zhashui-2021               | 611026 | ''
      qinhuangdao-transport-2021 | 130300 | ''
      shenfu-2022                | SHENFU | 210000
      """)
  void jurisdictionAndParent(String id, String code, String parentDivision) {
    Profile seed = PROFILES.get(id);
    assertThat(seed.parent()).contains("cn-national");
    assertThat(seed.jurisdiction().code()).isEqualTo(code);
    assertThat(seed.jurisdiction().parentDivision().orElse("")).isEqualTo(parentDivision);
    assertThat(seed.sources()).extracting(SourceDocument::id).endsWith(id);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # R-REP: all five seeds make officials' records repairable ("探索扩展公务员失信记录信用修复渠道")
      hainan-2017                | seed:hainan-2017:三(四)
      fujian-2017                | seed:fujian-2017:四(四)
      zhashui-2021               | seed:zhashui-2021:五(三)6
      qinhuangdao-transport-2021 | seed:qinhuangdao-transport-2021:四(四)
      shenfu-2022                | seed:shenfu-2022:7
      """)
  void officialsRecordsAreRepairable(String id, String clause) {
    for (Category category : List.of(Category.DISCIPLINARY_SANCTION, Category.ACCOUNTABILITY)) {
      Param<Boolean> repairable = PROFILES.get(id).category(category).orElseThrow().repairable();
      assertThat(repairable.value()).isTrue();
      cites(repairable.basis(), clause, true);
    }
  }

  @Test
  void everySeedKeepsEveryParentMeasureExceptShenfusSpecialisedHonorIneligibility() {
    // §5.2: "A seed profile therefore keeps every parent measure and only adds, or specialises where its text is
    // explicit (Shenfu's 当年)."
    List<String> national = PROFILES.get("cn-national").measures().stream().map(MeasureRule::id).toList();
    for (String id : SEEDS) {
      List<String> ids = PROFILES.get(id).measures().stream().map(MeasureRule::id).toList();
      if (id.equals("shenfu-2022")) {
        assertThat(ids).containsAll(national.stream().filter(r -> !r.equals("org-honor-ineligibility")).toList())
            .doesNotContain("org-honor-ineligibility");
      } else {
        assertThat(ids).startsWith(national.toArray(String[]::new));
      }
    }
  }

  @Test
  void hainanReportsQuarterlyToTheProvincialCreditOffice() {
    ReportingSchedule schedule = PROFILES.get("hainan-2017").reporting().orElseThrow();
    assertThat(schedule.frequency().value()).isEqualTo(ReportingFrequency.QUARTERLY);
    cites(schedule.frequency().basis(), "seed:hainan-2017:五(一)", true);
    // due on the 10th of the month after the quarter: [default], the clause says only 按季度
    assertThat(schedule.dueDayOfFollowingMonth().value()).isEqualTo(10);
    assertThat(schedule.dueDayOfFollowingMonth().basis().isDefault()).isTrue();
    assertThat(schedule.recipient()).isEqualTo("省信用办");
    assertThat(schedule.recipientBasis()).contains(Basis.of("seed:hainan-2017:五(一)", true));
  }

  @Test
  void fujianAddsJudgmentDebtorsThatEndOnPerformance() {
    CategoryRules debtors = PROFILES.get("fujian-2017").category(Category.DISHONEST_JUDGMENT_DEBTOR).orElseThrow();
    assertThat(debtors.repairable().value()).isTrue();
    assertThat(debtors.endsOnRectification().value()).isTrue();
    // R-REP-4 rests on the SPC rules, "[unverified article]"
    assertThat(debtors.endsOnRectification().basis().verified()).isFalse();
    assertThat(debtors.endsOnRectification().basis().citation()).contains("seed:fujian-2017:六(四)");
    assertThat(debtors.publicationWorkingDays()).isEmpty();
    // no other profile accepts the category
    for (String id : List.of("cn-national", "hainan-2017", "zhashui-2021", "qinhuangdao-transport-2021",
        "shenfu-2022")) {
      assertThat(PROFILES.get(id).category(Category.DISHONEST_JUDGMENT_DEBTOR)).as(id).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # fujian 四(三): 对严重失信主体实施取消资格、从严考核; every subject kind and category, default target
      fj-serious-qualification-restriction | QUALIFICATION_RESTRICTION
      fj-serious-strict-assessment         | STRICT_ASSESSMENT
      """)
  void fujianSeriousTierRestrictions(String id, MeasureCode code) {
    MeasureRule rule = rule("fujian-2017", id);
    assertThat(rule.code()).isEqualTo(code);
    assertThat(rule.kind()).isEqualTo(MeasureKind.RESTRICTION);
    assertThat(rule.duration()).isEqualTo(Duration.of(DurationType.WHILE_ACTIVE));
    assertThat(rule.when().tiers()).containsExactly(Tier.SERIOUS);
    assertThat(rule.when().subjectKinds()).isEmpty();
    assertThat(rule.when().categories()).isEmpty();
    assertThat(rule.when().sanctionTypes()).isEmpty();
    // empty target: UNIT for organisations, PERSON for officials (R-MEAS)
    assertThat(rule.target()).isEmpty();
    assertThat(rule.statutory()).isFalse();
    cites(rule.basis(), "seed:fujian-2017:四(三)", true);
  }

  @Test
  void zhashuiSuspendsMeasuresDuringAnObjection() {
    Param<Boolean> suspend = PROFILES.get("zhashui-2021").suspendMeasuresDuringObjection();
    assertThat(suspend.value()).isTrue();
    cites(suspend.basis(), "seed:zhashui-2021:五(三)5", true);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # DISCIPLINE_REFERRAL (ONCE, PRINCIPAL) for organisations, every category: 涉及纪律处分、问责处理的由纪检监察机关严肃问责追责
      zhashui-2021               | zs-discipline-referral  | seed:zhashui-2021:五(三)4
      qinhuangdao-transport-2021 | qhd-discipline-referral | seed:qinhuangdao-transport-2021:四(三)
      """)
  void disciplineReferral(String profile, String id, String clause) {
    MeasureRule rule = rule(profile, id);
    assertThat(rule.code()).isEqualTo(MeasureCode.DISCIPLINE_REFERRAL);
    assertThat(rule.kind()).isEqualTo(MeasureKind.ACTION);
    assertThat(rule.duration()).isEqualTo(Duration.of(DurationType.ONCE));
    assertThat(rule.target()).contains(Target.PRINCIPAL);
    assertThat(rule.when().subjectKinds()).isEqualTo(ORGANISATIONS);
    assertThat(rule.when().categories()).isEmpty();
    assertThat(rule.when().tiers()).isEmpty();
    assertThat(rule.statutory()).isFalse();
    cites(rule.basis(), clause, true);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # R-DISC-2 publication "as national", cited to the seed's own clause
      zhashui-2021               | seed:zhashui-2021:五(一)2
      qinhuangdao-transport-2021 | seed:qinhuangdao-transport-2021:二(二)
      """)
  void publicationAsNationalOnTheSeedsClause(String id, String clause) {
    Param<Integer> days = PROFILES.get(id).category(Category.ADMINISTRATIVE_PENALTY).orElseThrow()
        .publicationWorkingDays().orElseThrow();
    assertThat(days.value()).isEqualTo(7);
    cites(days.basis(), clause, true);
  }

  @Test
  void zhashuiCitesItsOwnClauseForTheNationalMeasuresItRestates() {
    // SPEC §4.10's example: RECTIFICATION under zhashui-2021 has basis ["seed:zhashui-2021:五(三)4"].
    cites(rule("zhashui-2021", "org-rectification").basis(), "seed:zhashui-2021:五(三)4", true);
    // the rule itself is the national one
    MeasureRule national = rule("cn-national", "org-rectification");
    assertThat(MeasureRule.builder().from(rule("zhashui-2021", "org-rectification")).basis(national.basis()).build())
        .isEqualTo(national);
  }

  @Test
  void qinhuangdaoAddsNonProsecutionAndOfficialsHonorIneligibility() {
    Profile qhd = PROFILES.get("qinhuangdao-transport-2021");
    assertThat(qhd.category(Category.NON_PROSECUTION)).isPresent();
    MeasureRule honor = rule("qinhuangdao-transport-2021", "qhd-official-honor-ineligibility");
    assertThat(honor.code()).isEqualTo(MeasureCode.HONOR_INELIGIBILITY);
    assertThat(honor.duration()).isEqualTo(Duration.of(DurationType.WHILE_ACTIVE));
    assertThat(honor.kind()).isEqualTo(MeasureKind.RESTRICTION);
    assertThat(honor.when().subjectKinds()).containsExactly(SubjectKind.PUBLIC_OFFICIAL);
    assertThat(honor.target()).isEmpty(); // PERSON for officials
    cites(honor.basis(), "seed:qinhuangdao-transport-2021:四(三)", true);
    // the national rule for organisations is kept
    assertThat(rule("qinhuangdao-transport-2021", "org-honor-ineligibility").when().subjectKinds())
        .isEqualTo(ORGANISATIONS);
  }

  @Test
  void qinhuangdaoReportsHalfYearlyOnJulyTenthAndJanuaryTenth() {
    ReportingSchedule schedule = PROFILES.get("qinhuangdao-transport-2021").reporting().orElseThrow();
    assertThat(schedule.frequency().value()).isEqualTo(ReportingFrequency.SEMIANNUAL);
    // H1 ends in June → due 07-10; H2 ends in December → due 01-10 of the next year
    assertThat(schedule.dueDayOfFollowingMonth().value()).isEqualTo(10);
    cites(schedule.frequency().basis(), "seed:qinhuangdao-transport-2021:六(三)", true);
    cites(schedule.dueDayOfFollowingMonth().basis(), "seed:qinhuangdao-transport-2021:六(三)", true);
    assertThat(schedule.recipient()).isEqualTo("局执法监督科");
  }

  @Test
  void shenfuAddsArrearsWithANewProjectBanForOrganisations() {
    CategoryRules arrears = PROFILES.get("shenfu-2022").category(Category.PAYMENT_ARREARS).orElseThrow();
    assertThat(arrears.repairable().value()).isTrue();
    MeasureRule ban = rule("shenfu-2022", "sf-new-project-ban");
    assertThat(ban.code()).isEqualTo(MeasureCode.NEW_PROJECT_BAN);
    assertThat(ban.kind()).isEqualTo(MeasureKind.RESTRICTION);
    assertThat(ban.duration()).isEqualTo(Duration.of(DurationType.UNTIL_RECTIFIED));
    assertThat(ban.target()).contains(Target.UNIT);
    assertThat(ban.when().subjectKinds()).isEqualTo(ORGANISATIONS);
    assertThat(ban.when().categories()).containsExactly(Category.PAYMENT_ARREARS);
    cites(ban.basis(), "seed:shenfu-2022:14", true);
  }

  @Test
  void shenfuReplacesHonorIneligibilityByUntilYearEnd() {
    MeasureRule honor = rule("shenfu-2022", "sf-honor-ineligibility");
    assertThat(honor.code()).isEqualTo(MeasureCode.HONOR_INELIGIBILITY);
    assertThat(honor.duration()).isEqualTo(Duration.of(DurationType.UNTIL_YEAR_END));
    assertThat(honor.kind()).isEqualTo(MeasureKind.RESTRICTION);
    assertThat(honor.when().subjectKinds()).isEqualTo(ORGANISATIONS);
    cites(honor.basis(), "seed:shenfu-2022:9", true);
    assertThat(PROFILES.get("shenfu-2022").measures()).filteredOn(r -> r.code() == MeasureCode.HONOR_INELIGIBILITY)
        .extracting(MeasureRule::id).containsExactly("sf-honor-ineligibility");
  }

  @Test
  void shenfuCountsRetentionFromTheEndOfTheAct() {
    Param<RetentionBase> base = PROFILES.get("shenfu-2022").retentionBase();
    assertThat(base.value()).isEqualTo(RetentionBase.ACT_END);
    // clause 10 orders removal; the ACT_END base is the 辽宁省社会信用条例's, not the clause's words
    assertThat(base.basis().citation()).startsWith("seed:shenfu-2022:10");
    assertThat(base.basis().verified()).isFalse();
  }

  @Test
  void onlyZhashuiSuspendsAndOnlyHainanAndQinhuangdaoReport() {
    for (String id : SEEDS) {
      Profile seed = PROFILES.get(id);
      assertThat(seed.suspendMeasuresDuringObjection().value()).as(id).isEqualTo(id.equals("zhashui-2021"));
      assertThat(seed.reporting().isPresent()).as(id)
          .isEqualTo(id.equals("hainan-2017") || id.equals("qinhuangdao-transport-2021"));
      assertThat(seed.retentionBase().value()).as(id)
          .isEqualTo(id.equals("shenfu-2022") ? RetentionBase.ACT_END : RetentionBase.DECIDED_ON);
    }
  }
}
