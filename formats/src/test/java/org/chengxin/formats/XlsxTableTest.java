package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX import of a 双公示 sheet as a spreadsheet user makes it: typed dates and numbers, gaps, variants. */
class XlsxTableTest {

  private static List<ReadResult> read(Path file) {
    List<ReadResult> all = new ArrayList<>();
    try (TableReader r = TableReader.open(file, RecordFormat.AUTO, StandardCharsets.UTF_8)) {
      r.forEachRemaining(all::add);
    }
    return all;
  }

  @Test
  void typedCellsAndEmptyRows(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("penalties.xlsx");
    List<String> header = Tables.legalHeader();
    Map<String, String> row = Tables.legalRow();
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Sheet1");
      for (int c = 0; c < header.size(); c++) {
        // full-width parentheses and spaces, as typed by hand
        ws.value(0, c, " " + header.get(c).replace('(', '（').replace(')', '）'));
      }
      for (int r : new int[] {1, 3}) {   // sheet rows 2 and 4: data rows 1 and 3 (row 2 left empty)
        for (int c = 0; c < header.size(); c++) {
          String h = header.get(c);
          String v = row.getOrDefault(h, "");
          if (h.equals("行政处罚决定书文号")) {
            ws.value(r, c, "柞政罚〔2024〕" + r + "号");
          } else if (h.equals("处罚决定日期")) {
            ws.value(r, c, LocalDate.of(2024, 1, 8));      // a typed date
            ws.style(r, c).format("yyyy-mm-dd").set();
          } else if (h.equals("罚款金额(万元)")) {
            ws.value(r, c, new BigDecimal("0.25"));          // a typed number: 2500.00 yuan
          } else if (!v.isEmpty()) {
            ws.value(r, c, v);
          }
        }
      }
      wb.finish();
    }
    List<ReadResult> results = read(file);
    assertThat(results).hasSize(2);
    assertThat(results.get(0).problems()).isEmpty();
    assertThat(results.get(1).row()).contains(3L);
    var rec = results.get(1).record().orElseThrow();
    assertThat(rec.decision().decidedOn()).isEqualTo(LocalDate.of(2024, 1, 8));
    assertThat(rec.decision().fineAmount()).contains(new BigDecimal("2500.00"));
    assertThat(rec.decision().documentNumber()).isEqualTo("柞政罚〔2024〕3号");
  }

  @Test
  void badRowInXlsxNamesRowAndColumn(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("p.xlsx");
    List<String> header = Tables.legalHeader();
    List<Map<String, String>> rows = List.of(Tables.legalRow(),
        Tables.with(Tables.with(Tables.legalRow(), "处罚类别", "罚金"), "行政处罚决定书文号", "柞政罚〔2024〕99号"));
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Sheet1");
      for (int c = 0; c < header.size(); c++) {
        ws.value(0, c, header.get(c));
      }
      ws.style(0, header.size()).format("@").set(); // a formatted, empty header cell: ignored
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < header.size(); c++) {
          String v = rows.get(r).getOrDefault(header.get(c), "");
          if (!v.isEmpty()) {
            ws.value(r + 1, c, v);
          }
        }
      }
      ws.value(3, header.size() + 2, "注：本行写在表头之外"); // row 3: content right of the header → CSV_ROW
      wb.finish();
    }
    List<ReadResult> results = read(file);
    assertThat(results).hasSize(3);
    assertThat(results.get(0).problems()).isEmpty();
    assertThat(Tables.problems(results.get(1))).containsExactly("ENUM_UNKNOWN@2:处罚类别=罚金");
    assertThat(results.get(1).line()).isZero();
    assertThat(Tables.problems(results.get(2))).containsExactly("CSV_ROW@3:-=");
  }
}
