package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.formats.internal.Json;
import org.junit.jupiter.api.Test;

/** The streaming reader (SPEC §3, §6, §8): NDJSON and JSON arrays, bad records, BOM, size, duplicates. */
class RecordReaderTest {

  private static final String ORG = Fixtures.ORG;
  private static final String OFFICIAL = Fixtures.OFFICIAL;
  private static final String ORG2 = Fixtures.ORG.replace("ZS-2024-0001", "ZS-2024-0003");

  static List<ReadResult> read(String text, RecordFormat format) {
    return read(text.getBytes(StandardCharsets.UTF_8), format);
  }

  static List<ReadResult> read(byte[] bytes, RecordFormat format) {
    List<ReadResult> results = new ArrayList<>();
    try (RecordReader reader = RecordReader.of(new ByteArrayInputStream(bytes), format)) {
      reader.forEachRemaining(results::add);
    }
    return results;
  }

  private static List<ProblemCode> codes(ReadResult r) {
    return r.problems().stream().map(Problem::code).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void aMalformedNdjsonLineIsOneInvalidRecordAndTheNextLineIsRead() {
    String text = ORG + "\n{\"recordId\": \"x\",,}\n\n   \n" + OFFICIAL + "\n";
    List<ReadResult> results = read(text, RecordFormat.NDJSON);
    // Lines: 1 ORG, 2 malformed, 3 and 4 blank (skipped, not records), 5 OFFICIAL.
    assertThat(results).extracting(ReadResult::line).containsExactly(1L, 2L, 5L);
    assertThat(results).extracting(ReadResult::isValid).containsExactly(true, false, true);
    Problem syntax = results.get(1).problems().get(0);
    assertThat(syntax.code()).isEqualTo(ProblemCode.JSON_SYNTAX);
    assertThat(syntax.line()).contains(2L);
    // {"recordId": "x",,} — '{' 1, '"recordId"' 2-11, ':' 12, ' ' 13, '"x"' 14-16, ',' 17, ',' 18.
    assertThat(syntax.column()).contains(18);
    assertThat(results.get(2).record().get().recordId()).isEqualTo("ZS-2024-0002");
  }

  @Test
  void bytesThatAreNotUtf8AreAnEncodingProblemOnTheirLine() {
    byte[] org = (ORG + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"recordId\":\"\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1); // é as the lone byte 0xE9
    byte[] all = new byte[org.length + bad.length + org.length];
    System.arraycopy(org, 0, all, 0, org.length);
    System.arraycopy(bad, 0, all, org.length, bad.length);
    byte[] org2 = (ORG2 + "\n").getBytes(StandardCharsets.UTF_8);
    all = java.util.Arrays.copyOf(all, org.length + bad.length + org2.length);
    System.arraycopy(org2, 0, all, org.length + bad.length, org2.length);
    List<ReadResult> results = read(all, RecordFormat.NDJSON);
    assertThat(results).extracting(ReadResult::isValid).containsExactly(true, false, true);
    assertThat(results.get(1).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.ENCODING);
      assertThat(p.line()).contains(2L);
    });
  }

  @Test
  void crlfLineEndsAndAMissingFinalNewlineAreFine() {
    List<ReadResult> results = read(ORG + "\r\n" + OFFICIAL, RecordFormat.NDJSON);
    assertThat(results).extracting(ReadResult::isValid).containsExactly(true, true);
    assertThat(results).extracting(ReadResult::line).containsExactly(1L, 2L);
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    for (RecordFormat f : RecordFormat.values()) {
      if (f.isTable()) {
        continue; // tables have their own reader and BOM test (TableReaderTest)
      }
      String text = f == RecordFormat.JSON ? "[" + ORG + "]" : ORG + "\n";
      byte[] body = text.getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[body.length + 3];
      System.arraycopy(bom, 0, all, 0, 3);
      System.arraycopy(body, 0, all, 3, body.length);
      assertThat(read(all, f)).as(f.name()).singleElement().satisfies(r -> assertThat(r.isValid()).isTrue());
    }
  }

  @Test
  void aPrettyJsonArrayLocatesProblemsAtTheirLines() throws Exception {
    Object org = Json.MAPPER.readTree(ORG.replace("\"GENERAL\"", "\"HUGE\""));
    Object official = Json.MAPPER.readTree(OFFICIAL);
    String text = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(org, official));
    List<ReadResult> results = read(text, RecordFormat.AUTO);
    assertThat(results).hasSize(2);
    String[] lines = text.split("\n", -1);
    int tierLine = 0;
    int officialLine = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("\"tier\" : \"HUGE\"")) {
        tierLine = i + 1;
      }
      if (lines[i].equals("}, {")) {
        officialLine = i + 1; // Jackson's pretty printer opens the second element on the "}, {" line
      }
    }
    Problem tier = results.get(0).problems().get(0);
    assertThat(tier.code()).isEqualTo(ProblemCode.ENUM_UNKNOWN);
    assertThat(tier.line()).contains((long) tierLine);
    assertThat(tier.column()).contains(lines[tierLine - 1].indexOf('"') + 1);
    assertThat(tier.recordId()).contains("ZS-2024-0001");
    assertThat(lines[0]).isEqualTo("[ {");
    assertThat(results.get(0).line()).isEqualTo(1L);
    assertThat(results.get(1).line()).isEqualTo((long) officialLine);
    assertThat(results.get(1).isValid()).isTrue();
  }

  @Test
  void aSyntaxErrorInsideAnElementStaysThere() {
    List<ReadResult> results = read("[{\"a\":}, " + ORG + "]", RecordFormat.JSON);
    assertThat(results).extracting(ReadResult::isValid).containsExactly(false, true);
    assertThat(codes(results.get(0))).containsExactly(ProblemCode.JSON_SYNTAX);
  }

  @Test
  void aBrokenArrayIsReportedOnceAndReadingStops() {
    List<ReadResult> results = read("[" + ORG + ",\n" + ORG2 + "\n" + OFFICIAL + "]", RecordFormat.JSON);
    // Two good elements, then the missing comma before OFFICIAL on line 3: reported, and nothing after.
    assertThat(results).extracting(ReadResult::isValid).containsExactly(true, true, false);
    Problem p = results.get(2).problems().get(0);
    assertThat(p.code()).isEqualTo(ProblemCode.JSON_SYNTAX);
    assertThat(p.line()).contains(3L);
    assertThat(p.column()).contains(1);
  }

  @Test
  void aTruncatedArrayIsReported() {
    List<ReadResult> results = read("[" + ORG + ", {\"recordId\":", RecordFormat.JSON);
    assertThat(results).extracting(ReadResult::isValid).containsExactly(true, false);
    assertThat(read("[" + ORG, RecordFormat.JSON)).extracting(ReadResult::isValid).containsExactly(true, false);
    assertThat(read("[" + ORG + ",]", RecordFormat.JSON)).extracting(ReadResult::isValid)
        .containsExactly(true, false);
    assertThat(read("[" + ORG + "] x", RecordFormat.JSON)).extracting(ReadResult::isValid)
        .containsExactly(true, false);
    assertThat(read("[]", RecordFormat.JSON)).isEmpty();
    assertThat(read("", RecordFormat.JSON)).isEmpty();
    assertThat(read("", RecordFormat.NDJSON)).isEmpty();
  }

  @Test
  void aSinglePrettyObjectIsOneRecordInJsonMode() throws Exception {
    String text = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.MAPPER.readTree(ORG));
    assertThat(read(text, RecordFormat.JSON)).singleElement()
        .satisfies(r -> assertThat(r.isValid()).isTrue());
  }

  @Test
  void aRecordOverOneMebibyteIsTooLargeAndTheNextOneIsRead() {
    String huge = ORG.replace("未按规定公开采购信息", "x".repeat(1 << 20));
    for (RecordFormat f : List.of(RecordFormat.NDJSON, RecordFormat.JSON)) {
      String text = f == RecordFormat.JSON ? "[" + huge + ",\n" + OFFICIAL + "]" : huge + "\n" + OFFICIAL + "\n";
      List<ReadResult> results = read(text, f);
      assertThat(results).as(f.name()).hasSize(2);
      assertThat(codes(results.get(0))).containsExactly(ProblemCode.TOO_LARGE);
      assertThat(results.get(0).recordId()).isEmpty();
      assertThat(results.get(1).isValid()).isTrue();
      assertThat(results.get(1).line()).isEqualTo(2L);
    }
  }

  @Test
  void justUnderOneMebibyteIsNotTooLarge() {
    // The facts field grows so that the whole line is exactly 1,048,576 bytes.
    int filler = (1 << 20) - ORG.getBytes(StandardCharsets.UTF_8).length
        + "未按规定公开采购信息".getBytes(StandardCharsets.UTF_8).length;
    String exact = ORG.replace("未按规定公开采购信息", "x".repeat(filler));
    assertThat(exact.getBytes(StandardCharsets.UTF_8)).hasSize(1 << 20);
    List<ReadResult> results = read(exact + "\n", RecordFormat.NDJSON);
    assertThat(codes(results.get(0))).containsExactly(ProblemCode.LENGTH);
  }

  @Test
  void aRepeatedRecordIdIsADuplicateOnTheLaterRecord() {
    List<ReadResult> results = read(ORG + "\n" + OFFICIAL + "\n" + ORG + "\n" + ORG + "\n", RecordFormat.NDJSON);
    assertThat(results).extracting(ReadResult::isValid).containsExactly(true, true, false, false);
    Problem dup = results.get(2).problems().get(0);
    assertThat(dup.code()).isEqualTo(ProblemCode.DUPLICATE_RECORD_ID);
    assertThat(dup.path()).isEqualTo("/recordId");
    assertThat(dup.value()).contains("ZS-2024-0001");
    assertThat(dup.line()).contains(3L);
    assertThat(dup.message(org.chengxin.core.Language.EN)).contains("line 1");
    assertThat(results.get(3).problems().get(0).message(org.chengxin.core.Language.EN)).contains("line 1");
  }

  /** SPEC §3.1: the duplicate check is for validate and batch create only; assess reads both records. */
  @Test
  void withoutTheDuplicateCheckARepeatedRecordIdIsReadAsItIs() {
    byte[] text = (ORG + "\n" + OFFICIAL + "\n" + ORG + "\n").getBytes(StandardCharsets.UTF_8);
    for (int threads : new int[] {1, 2}) {
      List<ReadResult> results = new ArrayList<>();
      try (RecordReader reader = RecordReader.of(new ByteArrayInputStream(text), RecordFormat.NDJSON,
          RecordValidator.standard(), threads).withoutDuplicateCheck()) {
        reader.forEachRemaining(results::add);
      }
      assertThat(results).extracting(ReadResult::isValid).containsExactly(true, true, true);
      assertThat(results.get(2).problems()).isEmpty();
      assertThat(results.get(2).record()).isEqualTo(results.get(0).record()).isPresent();
    }
  }

  @Test
  void autoDetectsByTheFirstSignificantByte() {
    assertThat(read("\n\n  [" + ORG + "]", RecordFormat.AUTO)).singleElement()
        .satisfies(r -> assertThat(r.line()).isEqualTo(3L));
    assertThat(read("\n" + ORG + "\n" + OFFICIAL, RecordFormat.AUTO)).extracting(ReadResult::line)
        .containsExactly(2L, 3L);
  }

  @Test
  void theFormatFollowsTheFileName() {
    assertThat(RecordFormat.forFileName("a.NDJSON")).isEqualTo(RecordFormat.NDJSON);
    assertThat(RecordFormat.forFileName("a.jsonl")).isEqualTo(RecordFormat.NDJSON);
    assertThat(RecordFormat.forFileName("a.json")).isEqualTo(RecordFormat.JSON);
    assertThat(RecordFormat.forFileName("a.txt")).isEqualTo(RecordFormat.AUTO);
  }

  @Test
  void scalarsAndJunkAreInvalidRecordsNotCrashes() {
    List<ReadResult> results = read("1\n\"x\"\nnull\n[]\n{}\n\u0000\n" + ORG + "\n", RecordFormat.NDJSON);
    assertThat(results).hasSize(7);
    assertThat(results).extracting(ReadResult::isValid).containsExactly(false, false, false, false, false, false,
        true);
    assertThat(read("[1, \"x\", null, [], {}]", RecordFormat.JSON)).hasSize(5)
        .allSatisfy(r -> assertThat(r.isValid()).isFalse());
  }

  @Test
  void parallelReadingGivesTheSameResultsInTheSameOrder() {
    StringBuilder text = new StringBuilder();
    ValidRecords gen = new ValidRecords(42);
    for (int i = 0; i < 1500; i++) {
      text.append(i % 97 == 0 ? "{broken" : i % 101 == 0 ? ORG : CanonicalJson.write(gen.next("P-" + i)));
      text.append(i % 13 == 0 ? "\n\n" : "\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    List<ReadResult> one = read(bytes, RecordFormat.NDJSON);
    List<ReadResult> three = new ArrayList<>();
    try (RecordReader reader = RecordReader.of(new ByteArrayInputStream(bytes), RecordFormat.NDJSON,
        RecordValidator.standard(), 3)) {
      reader.forEachRemaining(three::add);
    }
    assertThat(three).hasSize(1500);
    for (int i = 0; i < one.size(); i++) {
      assertThat(three.get(i).line()).isEqualTo(one.get(i).line());
      assertThat(three.get(i).problems()).isEqualTo(one.get(i).problems());
      assertThat(three.get(i).record()).isEqualTo(one.get(i).record());
    }
    // 1500 lines: 16 broken (i = 0, 97, …, 1455), ORG at i = 101, 202, …, 1414 (14 times; i = 0 is broken):
    // the first ORG is valid, the other 13 are duplicates.
    assertThat(one.stream().filter(r -> !r.isValid()).count()).isEqualTo(16 + 13);
  }
}
