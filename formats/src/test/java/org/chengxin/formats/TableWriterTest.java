package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.core.ChengxinException;
import org.chengxin.core.Record;
import org.chengxin.formats.internal.Cells;
import org.chengxin.formats.internal.PenaltyLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Export: formula escaping, 万元, and the 双公示 templates read back (SPEC §6). */
class TableWriterTest {

  /** SPEC §6: export prefixes ' to a cell starting with = + - @; import strips exactly that prefix. */
  @ParameterizedTest(name = "''{0}'' ⇄ ''{1}''")
  @CsvSource(quoteCharacter = '"', value = {
      "=1+2,'=1+2", "+86,'+86", "-5,'-5", "@A1,'@A1", "'=x,''=x", "''@x,'''@x", "'a,'a", "a=b,a=b", "','",
      "\"\",\"\""})
  void formulaEscaping(String value, String cell) {
    String v = value == null ? "" : value;
    String c = cell == null ? "" : cell;
    assertThat(Cells.escape(v)).isEqualTo(c);
    assertThat(Cells.unescape(c)).isEqualTo(v);
  }

  /** 万元 ⇄ yuan exactly (R-ID-5): 1.5 万元 = 15000.00 元; 0.000001 万元 = 0.01 元; 7 decimals rejected. */
  @ParameterizedTest
  @CsvSource({"1.5,15000.00", "0.000001,0.01", "100,1000000.00", "0.123456,1234.56", "0,0.00",
      "99999999.999999,999999999999.99"})
  void wanYuan(String wan, String yuan) {
    assertThat(PenaltyLayout.wanYuanToYuan(wan)).isEqualByComparingTo(yuan);
    assertThat(PenaltyLayout.wanYuanToYuan(wan).toPlainString()).isEqualTo(yuan);
    assertThat(PenaltyLayout.yuanToWanYuan(new java.math.BigDecimal(yuan))).isEqualTo(wan);
  }

  @ParameterizedTest
  @CsvSource({"0.0000001", "-1", "1E3", "01", ".5", "1.", "1 000"})
  void wanYuanRejected(String wan) {
    assertThat(PenaltyLayout.wanYuanToYuan(wan)).isNull();
  }

  private static Record read(String csv) {
    ReadResult r = Tables.read(csv).get(0);
    assertThat(r.problems()).isEmpty();
    return r.record().orElseThrow();
  }

  /** A template row exported and read again gives the same record (the template carries these fields). */
  @Test
  void penaltyTemplatesRoundTripInCsvAndXlsx(@TempDir Path dir) throws Exception {
    Record legal = read(Tables.csv(Tables.legalHeader(), Tables.with(Tables.legalRow(), "违法事实", "=HYPERLINK()")));
    Record natural = read(Tables.csv(Tables.naturalHeader(), Tables.naturalRow()));
    assertThat(legal.decision().facts()).contains("=HYPERLINK()");

    StringWriter out = new StringWriter();
    try (TableWriter w = TableWriter.csv(out, TableTemplate.PENALTY_LEGAL_PERSON)) {
      w.write(legal);
    }
    String text = out.toString();
    assertThat(text).startsWith("\uFEFF行政相对人名称,行政相对人代码_1(统一社会信用代码),")
        .contains(",'=HYPERLINK(),").contains(",0.1,0.000001,").contains(",2025-01-08,");
    assertThat(read(text)).isEqualTo(legal);

    StringWriter out2 = new StringWriter();
    try (TableWriter w = TableWriter.csv(out2, TableTemplate.PENALTY_NATURAL_PERSON)) {
      w.write(natural);
    }
    assertThat(read(out2.toString())).isEqualTo(natural);

    Path file = dir.resolve("p.xlsx");
    try (TableWriter w = TableWriter.xlsx(Files.newOutputStream(file), TableTemplate.PENALTY_LEGAL_PERSON)) {
      w.write(legal);
    }
    List<ReadResult> back = new ArrayList<>();
    try (TableReader r = TableReader.open(file, RecordFormat.AUTO, StandardCharsets.UTF_8)) {
      r.forEachRemaining(back::add);
    }
    assertThat(back).hasSize(1);
    assertThat(back.get(0).problems()).isEmpty();
    assertThat(back.get(0).record()).contains(legal);
  }

  @Test
  void templateRejectsARecordItCannotHold() {
    Record natural = read(Tables.csv(Tables.naturalHeader(), Tables.naturalRow()));
    try (TableWriter w = TableWriter.csv(new StringWriter(), TableTemplate.PENALTY_LEGAL_PERSON)) {
      assertThatThrownBy(() -> w.write(natural)).isInstanceOf(ChengxinException.class)
          .hasMessageContaining(natural.recordId());
    }
  }
}
