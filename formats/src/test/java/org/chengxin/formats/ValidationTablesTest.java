package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chengxin.core.Language;
import org.chengxin.formats.bench.PenaltyCsvGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chengxin validate} on tables: format detection (SPEC §6) and the §8 report with rows. */
class ValidationTablesTest {

  @Test
  void autoDetectsPenaltyCsvAndReportsRows(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("penalties.csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      PenaltyCsvGenerator.write(w, 2_600, 7);
    }
    // rows 500, 1500, 2500 have an unknown 处罚类别
    assertThat(PenaltyCsvGenerator.invalidRows(2_600)).isEqualTo(3);
    ValidationReport report = Validation.validateFiles(List.of(file), RecordFormat.AUTO, Language.EN);
    assertThat(report.recordsRead()).isEqualTo(2_600);
    assertThat(report.recordsInvalid()).isEqualTo(3);
    String json = report.toJson();
    assertThat(json).contains("\"code\":\"ENUM_UNKNOWN\"").contains("\"line\":null,\"row\":500,")
        .contains("\"row\":1500,").contains("\"row\":2500,").doesNotContain("DISCLOSURE_END_MISMATCH");
  }

  @Test
  void gb18030NeedsTheEncoding(@TempDir Path dir) throws Exception {
    Charset gb = Charset.forName("GB18030");
    Path file = dir.resolve("penalties-gb.csv");
    try (Writer w = Files.newBufferedWriter(file, gb)) {
      PenaltyCsvGenerator.write(w, 1_200, 8);
    }
    ValidationReport strict = Validation.validateFiles(List.of(file), RecordFormat.AUTO, Language.EN);
    assertThat(strict.recordsRead()).isEqualTo(1);
    assertThat(strict.toJson()).contains("\"code\":\"ENCODING\"").contains("\"row\":0");
    ValidationReport gbReport = Validation.validateFiles(List.of(file), RecordFormat.PENALTY_CSV, gb, Language.ZH,
        RecordValidator.standard());
    assertThat(gbReport.recordsRead()).isEqualTo(1_200);
    assertThat(gbReport.recordsInvalid()).isEqualTo(1);
  }

  @Test
  void formatsByName() {
    assertThat(RecordFormat.forFileName("a.XLSX")).isEqualTo(RecordFormat.XLSX);
    assertThat(RecordFormat.forFileName("a.csv")).isEqualTo(RecordFormat.AUTO);
    assertThat(RecordFormat.parse("penalty-csv")).isEqualTo(RecordFormat.PENALTY_CSV);
    assertThat(RecordFormat.parse("CSV")).isEqualTo(RecordFormat.CSV);
  }
}
