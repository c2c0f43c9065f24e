package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code chengxin profiles}: SPEC §5 profiles through the CLI. */
class ProfilesCommandTest {

  @Test
  void listsTheNationalAndTheFiveSeedProfiles() {
    CliRun r = CliRun.of("profiles", "list");
    assertThat(r.code).as(r.toString()).isZero();
    List<String> ids = r.out.lines().map(l -> l.split("\t")[0]).collect(Collectors.toList());
    // SPEC §5.1 and §5.2, sorted by id.
    assertThat(ids).containsExactly("cn-national", "fujian-2017", "hainan-2017", "qinhuangdao-transport-2021",
        "shenfu-2022", "zhashui-2021");
    assertThat(r.out).contains("zhashui-2021\t").contains("\t611026\tcn-national\t");
    assertThat(r.out.lines().filter(l -> l.startsWith("shenfu-2022")).findFirst().orElseThrow())
        .contains("\tSHENFU\t");
  }

  @Test
  void showsAResolvedProfileAsJson() throws Exception {
    CliRun r = CliRun.of("profiles", "show", "zhashui-2021");
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode profile = new ObjectMapper().readTree(r.out);
    assertThat(profile.get("id").asText()).isEqualTo("zhashui-2021");
    assertThat(profile.has("extends")).isFalse(); // resolved: inheritance written out
  }

  @Test
  void diffShowsParameterDifferencesWithTheirBases() {
    CliRun r = CliRun.of("profiles", "diff", "--lang", "en", "cn-national", "zhashui-2021");
    assertThat(r.code).as(r.toString()).isZero();
    List<String> lines = r.out.lines().collect(Collectors.toList());
    assertThat(lines.get(0)).startsWith("cn-national → zhashui-2021: ");
    // SPEC §5.2: zhashui-2021 suspends measures during an objection (seed:zhashui-2021:五(三)5); national does not.
    int at = lines.indexOf("objection.suspendMeasures");
    assertThat(at).as(r.out).isPositive();
    assertThat(lines.get(at + 1)).startsWith("  A: false");
    assertThat(lines.get(at + 2)).startsWith("  B: true").contains("seed:zhashui-2021:五(三)5");
    // SPEC §5.2: the DISCIPLINE_REFERRAL rule exists only in B.
    assertThat(r.out).contains("  A: (absent)");
  }

  @Test
  void diffOfAProfileWithItselfIsEmpty() {
    CliRun r = CliRun.of("profiles", "diff", "--lang", "en", "hainan-2017", "hainan-2017");
    assertThat(r.code).isZero();
    assertThat(r.out).isEqualTo("hainan-2017 → hainan-2017: 0 differences" + System.lineSeparator());
  }

  @Test
  void diffAsJson() throws Exception {
    CliRun r = CliRun.of("profiles", "diff", "--format", "json", "cn-national", "zhashui-2021");
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode diff = new ObjectMapper().readTree(r.out);
    assertThat(diff.get("a").asText()).isEqualTo("cn-national");
    assertThat(diff.get("b").asText()).isEqualTo("zhashui-2021");
    JsonNode suspend = null;
    for (JsonNode d : diff.get("differences")) {
      if (d.get("path").asText().equals("objection.suspendMeasures")) {
        suspend = d;
      }
    }
    // SPEC §5.2 zhashui-2021: suspendMeasuresDuringObjection (五(三)5).
    assertThat(suspend).isNotNull();
    assertThat(suspend.get("a").get("value").asBoolean()).isFalse();
    assertThat(suspend.get("b").get("value").asBoolean()).isTrue();
    assertThat(suspend.get("b").get("basis").asText()).isEqualTo("seed:zhashui-2021:五(三)5");
  }

  @Test
  void unknownProfileListsTheKnownIdsOnOneLine() {
    CliRun r = CliRun.of("profiles", "show", "--lang", "en", "atlantis-2030");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err.lines()).hasSize(1);
    assertThat(r.err).contains("atlantis-2030").contains("cn-national").contains("zhashui-2021");
  }

  @Test
  void missingSubCommandOrIdIsAUsageError() {
    assertThat(CliRun.of("profiles").code).isEqualTo(2);
    CliRun r = CliRun.of("profiles", "show");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.lines()).hasSize(1);
  }
}
