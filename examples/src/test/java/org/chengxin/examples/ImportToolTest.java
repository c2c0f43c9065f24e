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
  void aCleanFileHasNoGroups() {
    String text = ImportTool.checkUpload(sample("records.ndjson"));
    assertThat(text).isEqualTo("57 条记录：57 条有效，0 条无效 / 57 records: 57 valid, 0 invalid\n");
  }
}
