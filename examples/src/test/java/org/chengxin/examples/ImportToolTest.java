package org.chengxin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Example 2 runs on the bundled invalid samples and groups their notices by code, in both languages. */
class ImportToolTest {

  private static Path sample(String name) {
    return Path.of(System.getProperty("chengxin.project.dir", "..")).resolve("examples/data").resolve(name);
  }

  @Test
  void invalidSamplesAreGroupedByCodeInChineseAndEnglish() {
    String text = ImportTool.checkUpload(sample("invalid.ndjson"));
    // examples/data/invalid.ndjson: 28 lines, BAD-02 and BAD-27 are the only valid ones (warnings only).
    assertThat(text).startsWith("28 条记录：2 条有效，26 条无效 / 28 records: 2 valid, 26 invalid\n");
    // BAD-08: effectiveOn 2024-01-05 before decidedOn 2024-01-08; BAD-28: publishedOn 2024-01-02 before it.
    assertThat(text).contains("\n[ERROR] DATE_ORDER × 2\n  line 8 BAD-08\n    中文：")
        .contains("    EN: field /decision/effectiveOn: 2024-01-05 is out of order with /decision/decidedOn"
            + " (2024-01-08)\n"
            + "  line 28 BAD-28\n");
    // ERRORs come before WARNINGs.
    assertThat(text.indexOf("[ERROR] USCC_CHECKSUM")).isLessThan(text.indexOf("[WARNING]"));
  }

  @Test
  void aPenaltyCsvIsReportedByRowAndColumn() {
    String text = ImportTool.checkUpload(sample("penalties-legal.csv"));
    // Row 4 (USCC 91…, not 11/12) gives no 主体类型 → REQUIRED; row 5 has 罚金 (not a 行政处罚法 Art. 9 type) and
    // 0.1234567 万元 (7 decimals, at most 6) → ENUM_UNKNOWN and MONEY_INVALID on one invalid row (R-CSV).
    assertThat(text).startsWith("6 条记录：4 条有效，2 条无效 / 6 records: 4 valid, 2 invalid\n")
        .contains("\n[ERROR] ENUM_UNKNOWN × 1\n  row 5 处罚类别 ")
        .contains("\n[ERROR] MONEY_INVALID × 1\n  row 5 罚款金额(万元) ")
        .contains("\n[ERROR] REQUIRED × 1\n  row 4 主体类型 ");
    // 公示截止期 against cn-national: row 3 SERIOUS 2024-05-06 + P3Y = 2027-05-06, not 2025-05-06; row 6 GENERAL
    // 2024-08-01 + P1Y = 2025-08-01, not 2024-12-31.
    assertThat(text).contains("\n[WARNING] DISCLOSURE_END_MISMATCH × 2\n  row 3 公示截止期 ")
        .contains("  row 6 公示截止期 ");
  }

  @Test
  void aCleanFileHasNoGroups() {
    String text = ImportTool.checkUpload(sample("records.ndjson"));
    assertThat(text).isEqualTo("57 条记录：57 条有效，0 条无效 / 57 records: 57 valid, 0 invalid\n");
  }
}
