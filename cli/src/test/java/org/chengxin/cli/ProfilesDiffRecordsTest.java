package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code chengxin profiles diff A B --records FILE --as-of DATE}: records whose assessment differs. */
class ProfilesDiffRecordsTest {

  /** The indented lines under a record id in the diff output. */
  private static List<String> block(CliRun r, String recordId) {
    List<String> lines = r.out.lines().collect(Collectors.toList());
    int at = lines.indexOf(recordId);
    assertThat(at).as(r.out).isNotNegative();
    int end = at + 1;
    while (end < lines.size() && lines.get(end).startsWith("  ")) {
      end++;
    }
    return lines.subList(at + 1, end);
  }

  @Test
  void zhashuiAddsDisciplineReferralAndOfficialsRepair() {
    CliRun r = CliRun.of("profiles", "diff", "--lang", "en", "cn-national", "zhashui-2021",
        "--records", CliRun.sample("records.ndjson"), "--as-of", "2024-03-01");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("Records whose assessment differs (as of 2024-03-01): ");
    // SPEC §5.2 zhashui-2021: DISCIPLINE_REFERRAL (ONCE, PRINCIPAL) for organisations, every category (五(三)4);
    // ZS-2024-0007 is a department's penalty decided 2024-01-08, so under zhashui the referral is required.
    assertThat(block(r, "ZS-2024-0007"))
        .anyMatch(l -> l.startsWith("  /measures/DISCIPLINE_REFERRAL:PRINCIPAL: (absent) → ")
            && l.contains("\"state\":\"ACTIVE\""));
    // SPEC §5.2: every seed profile makes DISCIPLINARY_SANCTION repairable; national does not (R-REP-3).
    assertThat(block(r, "ZS-2019-0009"))
        .contains("  /repair/status: \"NOT_REPAIRABLE\" → \"NOT_APPLIED\"");
  }

  @Test
  void aCategoryOnlyOneProfileAcceptsShowsAsARefusal() {
    CliRun r = CliRun.of("profiles", "diff", "--lang", "en", "cn-national", "fujian-2017",
        "--records", CliRun.sample("records.ndjson"), "--as-of", "2024-03-01");
    assertThat(r.code).isZero();
    // SPEC §5.2 fujian-2017 adds DISHONEST_JUDGMENT_DEBTOR; cn-national refuses it (CATEGORY_NOT_IN_PROFILE).
    assertThat(block(r, "FJ-2018-0001").get(0)).isEqualTo("  A: not assessed (CATEGORY_NOT_IN_PROFILE)");
    assertThat(block(r, "FJ-2018-0001").get(1)).startsWith("  B: assessed, state ");
  }

  @Test
  void aProfileAgainstItselfChangesNoRecord() {
    CliRun r = CliRun.of("profiles", "diff", "--lang", "en", "shenfu-2022", "shenfu-2022",
        "--records", CliRun.sample("records.ndjson"), "--as-of", "2024-03-01");
    assertThat(r.code).isZero();
    assertThat(r.out).endsWith("Records whose assessment differs (as of 2024-03-01): 0 of 57"
        + System.lineSeparator());
  }

  @Test
  void invalidRecordsAreListedAndExitOne() {
    CliRun r = CliRun.of("profiles", "diff", "--lang", "en", "cn-national", "zhashui-2021",
        "--records", CliRun.sample("invalid.ndjson"), "--as-of", "2024-03-01");
    assertThat(r.code).isEqualTo(1);
    assertThat(r.out).contains("BAD-02: invalid record, not compared");
  }

  @Test
  void asJson() throws Exception {
    CliRun r = CliRun.of("profiles", "diff", "--format", "json", "cn-national", "fujian-2017",
        "--records", CliRun.sample("records.ndjson"), "--as-of", "2024-03-01");
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode diff = new ObjectMapper().readTree(r.out);
    assertThat(diff.get("a").asText()).isEqualTo("cn-national");
    assertThat(diff.get("asOf").asText()).isEqualTo("2024-03-01");
    assertThat(diff.get("recordsRead").asLong()).isEqualTo(57);
    JsonNode first = null;
    for (JsonNode rec : diff.get("records")) {
      if (rec.get("recordId").asText().equals("FJ-2018-0001")) {
        first = rec;
      }
    }
    assertThat(first).isNotNull();
    assertThat(first.get("invalid").asBoolean()).isFalse();
    assertThat(first.get("changes").get(0).asText()).contains("CATEGORY_NOT_IN_PROFILE");
  }

  @Test
  void recordsAndAsOfGoTogether() {
    CliRun r = CliRun.of("profiles", "diff", "cn-national", "zhashui-2021", "--records",
        CliRun.sample("records.ndjson"));
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.lines()).hasSize(1);
    CliRun missing = CliRun.of("profiles", "diff", "cn-national", "zhashui-2021", "--records", "nope.ndjson",
        "--as-of", "2024-03-01");
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err.lines()).hasSize(1);
  }
}
