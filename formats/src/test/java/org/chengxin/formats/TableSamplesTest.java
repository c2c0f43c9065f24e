package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chengxin.core.Language;
import org.junit.jupiter.api.Test;

/**
 * The bundled table samples (examples/data): {@code records.csv} is {@code records.ndjson} in the flat layout
 * (regenerated only with {@code -Drecreate=true}); the 双公示 samples validate to the counts worked out by hand.
 */
class TableSamplesTest {

  private static final Path DATA = Path.of(System.getProperty("chengxin.project.dir", ".."), "examples", "data");

  @Test
  void recordsCsvIsRecordsNdjsonFlat() throws Exception {
    StringWriter out = new StringWriter();
    try (TableWriter w = TableWriter.csv(out, TableTemplate.FLAT);
        RecordReader r = RecordReader.open(DATA.resolve("records.ndjson"), RecordFormat.NDJSON)) {
      r.forEachRemaining(x -> w.write(x.record().orElseThrow()));
    }
    Path csv = DATA.resolve("records.csv");
    if (Boolean.getBoolean("recreate")) {
      Files.writeString(csv, out.toString(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(out.toString());
    ValidationReport report = Validation.validateFiles(List.of(csv, DATA.resolve("records.ndjson")),
        RecordFormat.AUTO, Language.EN);
    assertThat(report.recordsInvalid()).isZero();
  }

  /**
   * penalties-legal.csv, by hand: row 1 valid (GENERAL 2024-01-08, lastDay 2025-01-08 as stated); row 2 valid
   * (USCC 12 → 事业单位); row 3 SERIOUS 2024-05-06 → lastDay 2027-05-06 ≠ 2025/05/06: DISCLOSURE_END_MISMATCH;
   * row 4 USCC 91 without 主体类型: REQUIRED; row 5 罚金: ENUM_UNKNOWN and 0.1234567 万元: MONEY_INVALID;
   * row 6 GENERAL 2024-08-01 → 2025-08-01 ≠ 2024/12/31: DISCLOSURE_END_MISMATCH.
   */
  @Test
  void legalPenaltySample() {
    ValidationReport report = Validation.validateFiles(List.of(DATA.resolve("penalties-legal.csv")),
        RecordFormat.AUTO, Language.ZH);
    assertThat(report.recordsRead()).isEqualTo(6);
    assertThat(report.recordsInvalid()).isEqualTo(2);
    assertThat(report.errors()).isEqualTo(3);
    assertThat(report.warnings()).isEqualTo(2);
    assertThat(report.toJson()).contains("\"row\":3,\"path\":\"\",\"value\":\"2025-05-06\"");
  }

  /**
   * penalties-natural-gb18030.csv, by hand: rows 1 and 2 valid; row 3 ID 110105194912310021 fails its check
   * character (ID_CHECKSUM); row 4 has no 工作单位 (REQUIRED). Without GB18030: one ENCODING record.
   */
  @Test
  void naturalPenaltySampleInGb18030() {
    Path file = DATA.resolve("penalties-natural-gb18030.csv");
    ValidationReport report = Validation.validateFiles(List.of(file), RecordFormat.PENALTY_CSV,
        Charset.forName("GB18030"), Language.ZH, RecordValidator.standard());
    assertThat(report.recordsRead()).isEqualTo(4);
    assertThat(report.recordsInvalid()).isEqualTo(2);
    assertThat(report.errors()).isEqualTo(2);
    ValidationReport strict = Validation.validateFiles(List.of(file), RecordFormat.AUTO, Language.ZH);
    assertThat(strict.recordsRead()).isEqualTo(1);
    assertThat(strict.toJson()).contains("\"code\":\"ENCODING\"");
  }
}
