package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.rules.ProfileValuesTest.PROFILES;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code chengxin profiles diff}: cn-national against each seed lists exactly the SPEC §5.2 differences. */
class ProfileDiffTest {

  /** What every seed changes besides its rules: its names, its jurisdiction and its own source document. */
  static List<String> identity(String id) {
    return List.of("jurisdiction.code", "jurisdiction.name.en", "jurisdiction.name.zh", "name.en", "name.zh",
        "sources[" + id + "]");
  }

  @ParameterizedTest(name = "cn-national → {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # seed | parameters whose value differs (besides identity()) | parameters re-cited to the seed's clause, same value (evaluation weights: SPEC §7 values, seed clauses)
      hainan-2017 | categories.ACCOUNTABILITY.repairable categories.DISCIPLINARY_SANCTION.repairable reporting.dueDayOfFollowingMonth reporting.frequency reporting.recipient | evaluation.recordActiveGeneral evaluation.recordActiveMinor evaluation.recordActiveSerious measures[official-commendation-ban] measures[org-evaluation-downgrade] measures[org-honor-ineligibility] measures[org-principal-accountability] measures[org-public-criticism] measures[org-rectification] measures[org-written-explanation]
      fujian-2017 | categories.ACCOUNTABILITY.repairable categories.DISCIPLINARY_SANCTION.repairable categories.DISHONEST_JUDGMENT_DEBTOR.disclosable categories.DISHONEST_JUDGMENT_DEBTOR.endsOnRectification categories.DISHONEST_JUDGMENT_DEBTOR.eras[*] categories.DISHONEST_JUDGMENT_DEBTOR.repairable measures[fj-serious-qualification-restriction] measures[fj-serious-strict-assessment] | evaluation.complaintLate evaluation.complaintSubstantiated evaluation.redBelow evaluation.yellowBelow measures[official-commendation-ban] measures[org-evaluation-downgrade] measures[org-honor-ineligibility] measures[org-principal-accountability] measures[org-public-criticism] measures[org-rectification] measures[org-written-explanation]
      zhashui-2021 | categories.ACCOUNTABILITY.repairable categories.DISCIPLINARY_SANCTION.repairable measures[zs-discipline-referral] objection.suspendMeasures | evaluation.commitmentBroken evaluation.redBelow evaluation.yellowBelow categories.ADMINISTRATIVE_PENALTY.publicationWorkingDays measures[official-commendation-ban] measures[official-integrity-file-entry] measures[org-evaluation-downgrade] measures[org-honor-ineligibility] measures[org-principal-accountability] measures[org-public-criticism] measures[org-rectification] measures[org-written-explanation]
      qinhuangdao-transport-2021 | categories.ACCOUNTABILITY.repairable categories.DISCIPLINARY_SANCTION.repairable categories.NON_PROSECUTION.disclosable categories.NON_PROSECUTION.endsOnRectification categories.NON_PROSECUTION.eras[*] categories.NON_PROSECUTION.repairable measures[qhd-discipline-referral] measures[qhd-official-honor-ineligibility] reporting.dueDayOfFollowingMonth reporting.frequency reporting.recipient | evaluation.commitmentBroken evaluation.complaintLate evaluation.litigationJudgmentUnperformed evaluation.litigationLossRate evaluation.recordActiveGeneral evaluation.recordActiveMinor evaluation.recordActiveSerious categories.ADMINISTRATIVE_PENALTY.publicationWorkingDays measures[official-integrity-file-entry] measures[org-honor-ineligibility] measures[org-principal-accountability] measures[org-public-criticism] measures[org-rectification] measures[org-written-explanation]
      shenfu-2022 | categories.ACCOUNTABILITY.repairable categories.DISCIPLINARY_SANCTION.repairable categories.PAYMENT_ARREARS.disclosable categories.PAYMENT_ARREARS.endsOnRectification categories.PAYMENT_ARREARS.eras[*] categories.PAYMENT_ARREARS.repairable jurisdiction.parentDivision measures[org-honor-ineligibility] measures[sf-honor-ineligibility] measures[sf-new-project-ban] retention.base | measures[official-integrity-file-entry] measures[org-rectification]
      """)
  void nationalAgainstEachSeedListsExactlyTheExpectedDifferences(String seed, String valueChanges, String rebased) {
    ProfileDiff diff = ProfileDiff.between(PROFILES.get("cn-national"), PROFILES.get(seed));
    List<String> expectedValueChanges = new ArrayList<>(identity(seed));
    expectedValueChanges.addAll(Arrays.asList(valueChanges.split(" ")));
    assertThat(diff.differences()).filteredOn(ProfileDifference::valueChanged).extracting(ProfileDifference::path)
        .containsExactlyInAnyOrderElementsOf(expectedValueChanges);
    assertThat(diff.differences()).filteredOn(d -> !d.valueChanged()).extracting(ProfileDifference::path)
        .containsExactlyInAnyOrderElementsOf(Arrays.asList(rebased.split(" ")));
    // a re-cited rule cites the seed
    diff.differences().stream().filter(d -> !d.valueChanged()).forEach(d ->
        assertThat(d.basisB().orElseThrow().citation()).as(d.path()).startsWith("seed:" + seed + ":"));
  }

  @Test
  void differencesAreSortedByPath() {
    for (String seed : SeedDifferencesTest.SEEDS) {
      List<String> paths = ProfileDiff.between(PROFILES.get("cn-national"), PROFILES.get(seed)).differences()
          .stream().map(ProfileDifference::path).toList();
      assertThat(paths).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void anEvaluationWeightReCitedToASeedClauseShowsItsBasis() {
    // SPEC §7 [default] 0.5 per late complaint; fujian-2017 cites 三(三) (12345 投诉举报) for the same value
    ProfileDifference late = ProfileDiff.between(PROFILES.get("cn-national"), PROFILES.get("fujian-2017"))
        .find("evaluation.complaintLate").orElseThrow();
    assertThat(late.valueChanged()).isFalse();
    assertThat(late.valueA()).contains("0.5");
    assertThat(late.basisA().orElseThrow().isDefault()).isTrue();
    assertThat(late.basisB().orElseThrow().citation()).isEqualTo("seed:fujian-2017:三(三)");
  }

  @Test
  void aParameterChangeShowsBothValuesAndBothBases() {
    ProfileDifference suspend = ProfileDiff.between(PROFILES.get("cn-national"), PROFILES.get("zhashui-2021"))
        .find("objection.suspendMeasures").orElseThrow();
    assertThat(suspend.valueA()).contains("false");
    assertThat(suspend.valueB()).contains("true");
    assertThat(suspend.basisA().orElseThrow().isDefault()).isTrue();
    assertThat(suspend.basisB()).contains(Basis.of("seed:zhashui-2021:五(三)5", true));

    ProfileDifference base = ProfileDiff.between(PROFILES.get("cn-national"), PROFILES.get("shenfu-2022"))
        .find("retention.base").orElseThrow();
    assertThat(base.valueA()).contains("\"DECIDED_ON\"");
    assertThat(base.valueB()).contains("\"ACT_END\"");
  }

  @Test
  void anAddedRuleIsAbsentInAAndARemovedOneAbsentInB() {
    ProfileDiff shenfu = ProfileDiff.between(PROFILES.get("cn-national"), PROFILES.get("shenfu-2022"));
    ProfileDifference removed = shenfu.find("measures[org-honor-ineligibility]").orElseThrow();
    assertThat(removed.valueA()).hasValueSatisfying(v -> assertThat(v).contains("\"WHILE_ACTIVE\""));
    assertThat(removed.valueB()).isEmpty();
    assertThat(removed.basisB()).isEmpty();
    ProfileDifference added = shenfu.find("measures[sf-honor-ineligibility]").orElseThrow();
    assertThat(added.valueA()).isEmpty();
    assertThat(added.valueB()).hasValueSatisfying(v -> assertThat(v).contains("\"UNTIL_YEAR_END\""));
    assertThat(added.basisB()).contains(Basis.of("seed:shenfu-2022:9", true, "取消当年参加各类荣誉评选资格"));
  }

  @Test
  void aProfileEqualsItselfAndTheDiffIsAntisymmetric() {
    assertThat(ProfileDiff.between(PROFILES.get("fujian-2017"), PROFILES.get("fujian-2017")).isEmpty()).isTrue();
    ProfileDiff forward = ProfileDiff.between(PROFILES.get("hainan-2017"), PROFILES.get("shenfu-2022"));
    ProfileDiff backward = ProfileDiff.between(PROFILES.get("shenfu-2022"), PROFILES.get("hainan-2017"));
    assertThat(forward.idA()).isEqualTo("hainan-2017");
    assertThat(backward.differences()).extracting(ProfileDifference::path)
        .containsExactlyElementsOf(forward.differences().stream().map(ProfileDifference::path).toList());
    for (int i = 0; i < forward.differences().size(); i++) {
      assertThat(backward.differences().get(i).valueA()).isEqualTo(forward.differences().get(i).valueB());
      assertThat(backward.differences().get(i).basisB()).isEqualTo(forward.differences().get(i).basisA());
    }
  }

  @Test
  void toStringListsEveryDifferenceOnItsOwnLine() {
    String text = ProfileDiff.between(PROFILES.get("cn-national"), PROFILES.get("zhashui-2021")).toString();
    assertThat(text).startsWith("cn-national → zhashui-2021:").contains("\n  objection.suspendMeasures: false → true");
  }
}
