package org.chengxin.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The per-platform sample files ({@code examples/data/by-profile/<profile>.ndjson}, written by
 * {@code tools/gen-samples.py}): each holds exactly the records of its profile's jurisdiction (SPEC §5.2), and
 * every one of them is assessable under that profile (SPEC §3.3: no {@code CATEGORY_NOT_IN_PROFILE}).
 */
class ByProfileSamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> lines(String file) throws Exception {
    return Files.readAllLines(Path.of(file), UTF_8);
  }

  private static String byProfile(String profile) {
    return CliRun.sample("by-profile/" + profile + ".ndjson");
  }

  /** SPEC §5.2: jurisdiction of each seed profile, and how many records tools/gen-samples.py gives it. */
  @ParameterizedTest(name = "{0} holds the {2} records of {1}")
  @CsvSource({"hainan-2017, 460000, 14", "fujian-2017, 350000, 13", "zhashui-2021, 611026, 13",
      "qinhuangdao-transport-2021, 130300, 11", "shenfu-2022, SHENFU, 8"})
  void holdsExactlyTheRecordsOfItsJurisdiction(String profile, String jurisdiction, int count) throws Exception {
    List<String> expected = new ArrayList<>();
    for (String line : lines(CliRun.sample("records.ndjson"))) {
      if (JSON.readTree(line).get("jurisdiction").asText().equals(jurisdiction)) {
        expected.add(line);
      }
    }
    assertThat(lines(byProfile(profile))).isEqualTo(expected).hasSize(count);
  }

  /** 14 + 13 + 13 + 11 + 8 = 59: the five files together are the whole sample (no record of another platform). */
  @Test
  void theFiveFilesMakeTheWholeSample() throws Exception {
    assertThat(lines(CliRun.sample("records.ndjson"))).hasSize(14 + 13 + 13 + 11 + 8);
  }

  /**
   * On 2025-12-31, after the last decision of the sample (HI-2025-0013, 2025-05-12), every record is assessed
   * under its own profile: exit 0, one assessment per line (SPEC §9). The only problem allowed is the WARNING
   * REPAIR_NOT_ELIGIBLE of QHD-2018-0001 (repair approved 2019-12-27, after its lastDay 2019-12-10: R-REP-2).
   */
  @ParameterizedTest(name = "assess --profile {0} --as-of 2025-12-31")
  @CsvSource({"hainan-2017", "fujian-2017", "zhashui-2021", "qinhuangdao-transport-2021", "shenfu-2022"})
  void everyRecordIsAssessedUnderItsOwnProfile(String profile) throws Exception {
    CliRun r = CliRun.of("assess", "--profile", profile, "--as-of", "2025-12-31", byProfile(profile));
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.err).isEmpty();
    List<String> out = r.out.lines().toList();
    assertThat(out).hasSize(lines(byProfile(profile)).size());
    for (String line : out) {
      JsonNode a = JSON.readTree(line);
      assertThat(a.has("state")).as(line).isTrue();
      assertThat(a.at("/profile/id").asText()).isEqualTo(profile);
      for (JsonNode p : a.get("problems")) {
        assertThat(p.get("severity").asText()).as(line).isEqualTo("WARNING");
      }
    }
  }

  /**
   * The README's example: the Zhashui file has no decision after 2024-03-01, so it is assessed whole on that
   * day. ZS-2024-0008: objection filed 2024-02-27, resolved only 2024-03-05 → pending on 2024-03-01 (R-ASOF),
   * decideBy = 5 working days after 02-27 = 02-28, 02-29, 03-01, 03-04, 03-05 → 2024-03-05, not overdue; state
   * UNDER_OBJECTION (R-STATE); zhashui-2021 suspends every non-statutory measure from the filing (R-OBJ-1,
   * seed:zhashui-2021:五(三)5), and an organisation's measures are all non-statutory (SPEC §5.1).
   */
  @Test
  void zhashuiOnTheReadmeDay() throws Exception {
    CliRun r = CliRun.of("assess", "--profile", "zhashui-2021", "--as-of", "2024-03-01",
        byProfile("zhashui-2021"));
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode zs8 = null;
    for (String line : r.out.lines().toList()) {
      JsonNode a = JSON.readTree(line);
      assertThat(a.has("state")).as(line).isTrue();
      if (a.get("recordId").asText().equals("ZS-2024-0008")) {
        zs8 = a;
      }
    }
    assertThat(zs8).isNotNull();
    assertThat(zs8.get("state").asText()).isEqualTo("UNDER_OBJECTION");
    assertThat(zs8.at("/objection/status").asText()).isEqualTo("PENDING");
    assertThat(zs8.at("/objection/decideBy").asText()).isEqualTo("2024-03-05");
    assertThat(zs8.at("/objection/overdue").asBoolean()).isFalse();
    assertThat(zs8.at("/disclosure/underObjection").asBoolean()).isTrue();
    assertThat(zs8.get("measures")).isNotEmpty();
    for (JsonNode m : zs8.get("measures")) {
      assertThat(m.get("state").asText()).as(m.toString()).isEqualTo("SUSPENDED");
    }
  }

  /** Each file's reports run cleanly (SPEC §9 exit 0): nothing invalid, nothing refused. */
  @ParameterizedTest(name = "report disclosure-list --profile {0}")
  @CsvSource({"hainan-2017", "fujian-2017", "zhashui-2021", "qinhuangdao-transport-2021", "shenfu-2022"})
  void disclosureListRunsCleanly(String profile) throws Exception {
    CliRun r = CliRun.of("report", "disclosure-list", "--profile", profile, "--as-of", "2024-06-30",
        "--lang", "en", byProfile(profile));
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.err).contains("0 invalid, 0 not assessable");
    assertThat(JSON.readTree(r.out).get("count").intValue()).isPositive();
  }
}
