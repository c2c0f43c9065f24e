package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.formats.Tables.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows, quoting, sizes and encodings of CSV tables (SPEC §6 CSV, §8 CSV_ROW, TOO_LARGE, ENCODING). */
class TableReaderTest {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private static Map<String, String> doc(int n) {
    return with(legalRow(), "行政处罚决定书文号", "柞政罚〔2024〕" + n + "号");
  }

  /** RFC 4180: quoted commas, quotes and line breaks stay in the cell; rows after them keep their numbers. */
  @Test
  void quotedCellsAndLineBreaks() {
    String text = csv(legalHeader(), with(doc(1), "违法事实", "第一行,\"引号\"\r\n第二行\n第三行"), doc(2));
    List<ReadResult> results = read(text);
    assertThat(results).hasSize(2);
    assertThat(results.get(0).problems()).isEmpty();
    assertThat(results.get(0).record().orElseThrow().decision().facts()).contains("第一行,\"引号\"\r\n第二行\n第三行");
    // header line 1, row 1 on line 2 spanning 3 lines, row 2 on line 5
    assertThat(results.get(1).row()).contains(2L);
    assertThat(results.get(1).line()).isEqualTo(5);
  }

  /** CSV_ROW: a wrong cell count, a quote inside an unquoted cell, text after a closing quote; reading goes on. */
  @Test
  void brokenRowsAreOneInvalidRecordEach() {
    StringBuilder text = new StringBuilder(csv(legalHeader(), doc(1)));
    text.append("a,b,c\r\n");                                     // row 2: 3 cells, header 30
    text.append(csv(legalHeader(), doc(3)).split("\r\n", 2)[1]);  // row 3 fine
    text.append("ab\"c").append(",x".repeat(29)).append("\r\n");  // row 4: quote in unquoted cell
    text.append("\"ab\"c").append(",x".repeat(29)).append("\n");  // row 5: text after closing quote
    text.append(csv(legalHeader(), doc(6)).split("\r\n", 2)[1]);  // row 6 fine
    List<ReadResult> results = read(text.toString());
    List<String> all = new ArrayList<>();
    results.forEach(r -> all.add(r.row().orElseThrow() + ":" + r.isValid() + ":" + String.join(",", problems(r))));
    assertThat(all).containsExactly("1:true:", "2:false:CSV_ROW@2:-=", "3:true:", "4:false:CSV_ROW@4:-=",
        "5:false:CSV_ROW@5:-=", "6:true:");
  }

  @Test
  void unclosedQuoteAtTheEnd() {
    String text = csv(legalHeader(), doc(1)) + "\"never closed,a,b\r\nmore";
    List<ReadResult> results = read(text);
    assertThat(results).hasSize(2);
    assertThat(problems(results.get(1))).containsExactly("CSV_ROW@2:-=");
  }

  /** TOO_LARGE: a row over 1 MiB (UTF-8 bytes) is one invalid record; the next row is read as usual. */
  @Test
  void rowOverOneMebibyte() {
    String big = "违".repeat(400_000); // 1,200,000 UTF-8 bytes > 1,048,576
    String text = csv(legalHeader(), doc(1), with(doc(2), "违法事实", big), doc(3));
    List<ReadResult> results = read(text);
    assertThat(results).hasSize(3);
    assertThat(problems(results.get(1))).containsExactly("TOO_LARGE@2:-=");
    assertThat(results.get(2).isValid()).isTrue();
    assertThat(results.get(2).row()).contains(3L);
  }

  /**
   * A GB18030 file with bad rows in the middle (SPEC §6): with GB18030 given, every row is read to the end with
   * its row number; without it, the file is one ENCODING problem (at the header, the first non-UTF-8 bytes).
   */
  @Test
  void gb18030WithBadRowsInTheMiddle() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      Map<String, String> r = doc(i);
      if (i == 4) {
        r = with(r, "处罚类别", "罚金");          // row 4: ENUM_UNKNOWN
      }
      if (i == 6) {
        r = with(r, "罚款金额(万元)", "0.1234567"); // row 6: MONEY_INVALID (7 decimals)
      }
      rows.add(r);
    }
    @SuppressWarnings("unchecked")
    String text = csv(legalHeader(), rows.toArray(new Map[0]));
    // row 8 replaced by a broken row
    String[] lines = text.split("\r\n");
    lines[8] = "坏行,\"未闭合的引号在行中\"x";
    byte[] bytes = (String.join("\r\n", lines) + "\r\n").getBytes(GB18030);

    List<ReadResult> results = read(bytes, RecordFormat.AUTO, GB18030);
    List<String> all = new ArrayList<>();
    results.forEach(r -> all.add(r.row().orElseThrow() + ":" + String.join(",", problems(r))));
    assertThat(all).containsExactly("1:", "2:", "3:", "4:ENUM_UNKNOWN@4:处罚类别=罚金", "5:",
        "6:MONEY_INVALID@6:罚款金额(万元)=0.1234567", "7:", "8:CSV_ROW@8:-=", "9:", "10:");
    assertThat(results.get(0).record().orElseThrow().subject().name()).isEqualTo("柞水县某局");

    List<ReadResult> strict = read(bytes, RecordFormat.AUTO, StandardCharsets.UTF_8);
    assertThat(strict).hasSize(1);
    assertThat(problems(strict.get(0))).containsExactly("ENCODING@0:-=");
  }

  /** In a flat CSV whose first rows are ASCII, the ENCODING problem names the row of the first bad byte. */
  @Test
  void encodingProblemAtTheRowOfTheFirstBadByte() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(String.join(",", org.chengxin.formats.internal.FlatLayout.columns()).getBytes(StandardCharsets.UTF_8));
    out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    String ascii = ",".repeat(org.chengxin.formats.internal.FlatLayout.columns().size() - 1) + "\r\n";
    out.write(ascii.getBytes(StandardCharsets.UTF_8));
    out.write(ascii.getBytes(StandardCharsets.UTF_8));
    out.write(("x" + ascii).getBytes(StandardCharsets.UTF_8));
    // row 4: 某局 is C4 B3 BE D6 in GB18030; C4 B3 happens to be valid UTF-8 (U+0133), BE is not
    out.write(("某局" + ascii).getBytes(GB18030));
    out.write(("y" + ascii).getBytes(StandardCharsets.UTF_8));
    List<ReadResult> results = read(out.toByteArray(), RecordFormat.CSV, StandardCharsets.UTF_8);
    // rows 1 and 2 are blank (skipped), row 3 is read (invalid: required fields), row 4 is ENCODING, then stop
    assertThat(results).hasSize(2);
    assertThat(results.get(0).row()).contains(3L);
    assertThat(problems(results.get(1))).containsExactly("ENCODING@4:-=");
  }

  /** Bytes invalid in GB18030 itself are ENCODING too: nothing is ever replaced (no mojibake). */
  @Test
  void invalidGb18030Bytes() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(csv(legalHeader(), doc(1)).getBytes(GB18030));
    out.write(new byte[] {(byte) 0x81, (byte) 0x20, ',', '\r', '\n'});
    List<ReadResult> results = read(out.toByteArray(), RecordFormat.PENALTY_CSV, GB18030);
    assertThat(results).hasSize(2);
    assertThat(results.get(0).isValid()).isTrue();
    assertThat(problems(results.get(1))).containsExactly("ENCODING@2:-=");
  }

  /** A UTF-8 BOM means UTF-8 even when GB18030 is given (SPEC §6). */
  @Test
  void bomWins() {
    byte[] bytes = ("\uFEFF" + csv(legalHeader(), doc(1))).getBytes(StandardCharsets.UTF_8);
    List<ReadResult> results = read(bytes, RecordFormat.AUTO, GB18030);
    assertThat(results).hasSize(1);
    assertThat(results.get(0).record().orElseThrow().subject().name()).isEqualTo("柞水县某局");
  }

  @Test
  void emptyInputHasNoRecords() {
    assertThat(read("")).isEmpty();
  }
}
