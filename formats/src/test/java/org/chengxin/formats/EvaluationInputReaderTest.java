package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.chengxin.core.Commitment;
import org.chengxin.core.Complaint;
import org.chengxin.core.ComplaintChannel;
import org.chengxin.core.LitigationCase;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §7 inputs, SPEC §8 problems: every item accepted or reported with its location; counts add up. */
class EvaluationInputReaderTest {

  static final String UNIT = "11611026MB1734101L";
  static final Path DATA = Path.of(System.getProperty("chengxin.project.dir", ".."), "examples", "data");

  private static <T> InputBatch<T> read(EvaluationInputReader<T> reader, EvaluationInputFormat format, String text) {
    return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format);
  }

  private static String commitment(String fields) {
    return "{\"id\":\"C1\",\"unit\":\"" + UNIT + "\",\"type\":\"DEADLINE\",\"madeOn\":\"2024-01-02\","
        + "\"dueOn\":\"2024-03-31\"" + fields + "}";
  }

  @Test
  void theBundledSamplesAreValid() {
    InputBatch<Commitment> c = EvaluationInputReader.commitments().read(DATA.resolve("evaluation-commitments.ndjson"));
    InputBatch<Complaint> q = EvaluationInputReader.complaints().read(DATA.resolve("evaluation-complaints.ndjson"));
    InputBatch<LitigationCase> l =
        EvaluationInputReader.litigationCases().read(DATA.resolve("evaluation-litigation.ndjson"));
    assertThat(c.problems()).isEmpty();
    assertThat(q.problems()).isEmpty();
    assertThat(l.problems()).isEmpty();
    assertThat(List.of(c.read(), q.read(), l.read())).containsExactly(9L, 8L, 9L);
    assertThat(c.values().get(0).brokenOn()).contains(LocalDate.of(2024, 4, 10));
    assertThat(q.values().get(0).substantiated()).contains(true);
  }

  @ParameterizedTest(name = "{0}: {1} at {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # extra fields of a commitment             | code               | path
      ,"note":"x"                                 | UNKNOWN_FIELD      | /note
      ,"type":"SOMETIME"                          | JSON_SYNTAX        | ''
      ,"fulfilledOn":"2024-02-30"                 | DATE_INVALID       | /fulfilledOn
      ,"fulfilledOn":"2024/03/01"                 | DATE_INVALID       | /fulfilledOn
      ,"brokenOn":"2023-12-31"                    | DATE_ORDER         | /brokenOn
      ,"fulfilledOn":20240301                     | TYPE               | /fulfilledOn
      """)
  void oneProblemPerBadField(String extra, ProblemCode code, String path) {
    InputBatch<Commitment> batch = read(EvaluationInputReader.commitments(), EvaluationInputFormat.NDJSON,
        commitment(extra) + "\n");
    assertThat(batch.read()).isEqualTo(1);
    assertThat(batch.invalid()).isEqualTo(1);
    assertThat(batch.problems()).extracting(Problem::code, Problem::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple(code, path));
    assertThat(batch.problems().get(0).line()).contains(1L);
  }

  @Test
  void everyProblemOfAnItemIsReported() {
    // no type, bad unit check character, id with a space, dueOn before madeOn, unknown channel-like field
    String line = "{\"id\":\"C 1\",\"unit\":\"11611026MB17341011\",\"madeOn\":\"2024-05-01\",\"dueOn\":\"2024-04-01\"}";
    InputBatch<Commitment> batch = read(EvaluationInputReader.commitments(), EvaluationInputFormat.NDJSON, line);
    assertThat(batch.problems()).extracting(Problem::code).containsExactlyInAnyOrder(
        ProblemCode.LENGTH, ProblemCode.USCC_CHECKSUM, ProblemCode.REQUIRED, ProblemCode.DATE_ORDER);
    assertThat(batch.problems()).filteredOn(p -> p.code() == ProblemCode.DATE_ORDER).singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("/dueOn"));
  }

  @Test
  void ndjsonLinesAreCountedAndLocated() {
    String text = commitment("") + "\n\n{not json\n" + commitment(",\"fulfilledOn\":\"2024-03-30\"").replace("C1", "C2")
        + "\n" + commitment("") + "\n";
    InputBatch<Commitment> batch = read(EvaluationInputReader.commitments(), EvaluationInputFormat.NDJSON, text);
    // line 1 valid, line 2 blank (skipped), line 3 syntax, line 4 valid, line 5 duplicate id C1 (first at line 1)
    assertThat(batch.read()).isEqualTo(4);
    assertThat(batch.valid()).isEqualTo(2);
    assertThat(batch.invalid()).isEqualTo(2);
    assertThat(batch.problems()).extracting(Problem::code, p -> p.line().orElseThrow()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ProblemCode.JSON_SYNTAX, 3L),
        org.assertj.core.groups.Tuple.tuple(ProblemCode.DUPLICATE_RECORD_ID, 5L));
    assertThat(batch.problems().get(1).detailEn()).isEqualTo("line 1");
    assertThat(batch.values()).extracting(Commitment::id).containsExactly("C1", "C2");
  }

  @Test
  void aJsonArrayIsReadItemByItemWithItsLines() {
    String text = "[\n" + commitment("") + ",\n" + commitment(",\"x\":1").replace("C1", "C2") + "\n]";
    InputBatch<Commitment> batch = read(EvaluationInputReader.commitments(), EvaluationInputFormat.JSON, text);
    assertThat(batch.read()).isEqualTo(2);
    assertThat(batch.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_FIELD);
      assertThat(p.line()).contains(3L);
      assertThat(p.recordId()).contains("C2");
    });
  }

  @Test
  void concatenatedJsonObjectsAreAllReadAndAScalarIsReported() {
    String text = commitment("") + "\n" + commitment("").replace("C1", "C2") + "\n[" + commitment("").replace("C1", "C3")
        + ", 7]\n";
    InputBatch<Commitment> batch = read(EvaluationInputReader.commitments(), EvaluationInputFormat.JSON, text);
    // C1, C2, C3 valid; the array's 7 is not an object: TYPE at line 3
    assertThat(batch.read()).isEqualTo(4);
    assertThat(batch.values()).extracting(Commitment::id).containsExactly("C1", "C2", "C3");
    assertThat(batch.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.TYPE);
      assertThat(p.line()).contains(3L);
    });
    InputBatch<Commitment> scalar = read(EvaluationInputReader.commitments(), EvaluationInputFormat.JSON, "42");
    assertThat(scalar.read()).isZero();
    assertThat(scalar.problems()).extracting(Problem::code).containsExactly(ProblemCode.JSON_SYNTAX);
    assertThat(scalar.hasErrors()).isTrue();
  }

  @Test
  void flatCsvWithQuotingBooleansAndTheFormulaPrefix() {
    String csv = "id,unit,channel,receivedOn,dueOn,closedOn,substantiated\r\n"
        + "Q1," + UNIT + ",HOTLINE_12345,2024-03-01,2024-03-10,2024-03-12,true\r\n"
        + "Q2," + UNIT + ",WEB,2024-03-01,2024-03-10,,\r\n"
        + "Q3," + UNIT + ",WEB,2024-03-01\r\n"
        + "\"Q4\"," + UNIT + ",\"MAIL\",2024-03-01,2024-03-10,2024-03-09,yes\r\n"
        + "'-Q5," + UNIT + ",WEB,2024-03-01,2024-03-10,,false\r\n";
    InputBatch<Complaint> batch = read(EvaluationInputReader.complaints(), EvaluationInputFormat.CSV, csv);
    // Q3: 4 cells → CSV_ROW; Q4: substantiated "yes" → TYPE; '-Q5 → id "-Q5" (valid characters)
    assertThat(batch.read()).isEqualTo(5);
    assertThat(batch.valid()).isEqualTo(3);
    assertThat(batch.problems()).extracting(Problem::code, p -> p.row().orElseThrow()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ProblemCode.CSV_ROW, 3L),
        org.assertj.core.groups.Tuple.tuple(ProblemCode.TYPE, 4L));
    assertThat(batch.problems().get(1).field()).contains("substantiated");
    assertThat(batch.values()).extracting(Complaint::id).containsExactly("Q1", "Q2", "-Q5");
    assertThat(batch.values().get(0).substantiated()).contains(true);
    assertThat(batch.values().get(1).closedOn()).isEmpty();
    assertThat(batch.values().get(2).channel()).isEqualTo(ComplaintChannel.WEB);
  }

  @Test
  void aCsvHeaderThatIsNotTheFieldNamesIsReported() {
    InputBatch<Complaint> batch = read(EvaluationInputReader.complaints(), EvaluationInputFormat.CSV,
        "id,unit,chanel,receivedOn,dueOn\nQ1," + UNIT + ",WEB,2024-03-01,2024-03-10\n");
    assertThat(batch.read()).isZero();
    assertThat(batch.hasErrors()).isTrue();
    assertThat(batch.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.CSV_HEADER);
      assertThat(p.detailEn()).contains("unknown or repeated: chanel").contains("missing: channel");
    });
  }

  @Test
  void brokenCsvQuotingIsOneBadRowAndReadingGoesOn() {
    String csv = "id,unit,caseNumber,concludedOn,outcome\n"
        + "L1," + UNIT + ",\"(2024)陕1026行初2号\" x,2024-02-20,LOST\n"
        + "L2," + UNIT + ",\"(2024)陕1026行初5号, 附\",2024-05-14,WON\n";
    InputBatch<LitigationCase> batch = read(EvaluationInputReader.litigationCases(), EvaluationInputFormat.CSV, csv);
    assertThat(batch.read()).isEqualTo(2);
    assertThat(batch.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.CSV_ROW));
    assertThat(batch.values()).singleElement().satisfies(l -> assertThat(l.caseNumber()).isEqualTo("(2024)陕1026行初5号, 附"));
  }

  @Test
  void csvRowsCountBlankLinesAndBrokenRowsSayWhyInBothLanguages() {
    // header = row 0; "L1…" row 1; the blank line row 2 (skipped); the broken row 3; the 3-cell row 4
    String csv = "id,unit,caseNumber,concludedOn,outcome\n"
        + "L1," + UNIT + ",(2024)陕1026行初2号,2024-02-20,LOST\n"
        + "\n"
        + "L2," + UNIT + ",\"(2024)陕1026行初5号\" x,2024-05-14,WON\n"
        + "L3," + UNIT + ",(2024)陕1026行初6号\n";
    InputBatch<LitigationCase> batch = read(EvaluationInputReader.litigationCases(), EvaluationInputFormat.CSV, csv);
    assertThat(batch.read()).isEqualTo(3);
    assertThat(batch.problems()).extracting(Problem::code, p -> p.row().orElseThrow()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ProblemCode.CSV_ROW, 3L),
        org.assertj.core.groups.Tuple.tuple(ProblemCode.CSV_ROW, 4L));
    assertThat(batch.problems().get(0).detailZh()).contains("闭合引号后有多余字符");
    assertThat(batch.problems().get(0).detailEn()).contains("text after a closing quote");
    assertThat(batch.problems().get(1).detailZh()).contains("3 个单元格").contains("5 列");
    assertThat(batch.problems().get(1).detailEn()).contains("3 cells").contains("header has 5");
  }

  @Test
  void csvBytesThatAreNotUtf8AreAnEncodingProblemOfTheInput() {
    byte[] head = ("id,unit,caseNumber,concludedOn,outcome\nL1," + UNIT + ",").getBytes(StandardCharsets.UTF_8);
    byte[] gbk = "陕,2024-02-20,LOST\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
    byte[] all = new byte[head.length + gbk.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(gbk, 0, all, head.length, gbk.length);
    InputBatch<LitigationCase> batch = EvaluationInputReader.litigationCases()
        .read(new ByteArrayInputStream(all), EvaluationInputFormat.CSV);
    assertThat(batch.problems()).extracting(Problem::code).containsExactly(ProblemCode.ENCODING);
    assertThat(batch.problems().get(0).detailEn()).isEqualTo("not valid UTF-8 text");
  }

  @Test
  void bytesThatAreNotUtf8AreAnEncodingProblem() {
    byte[] gbk = "{\"id\":\"C1\",\"caseNumber\":\"陕\"}".getBytes(java.nio.charset.Charset.forName("GB18030"));
    InputBatch<LitigationCase> batch = EvaluationInputReader.litigationCases()
        .read(new ByteArrayInputStream(gbk), EvaluationInputFormat.NDJSON);
    assertThat(batch.problems()).extracting(Problem::code).contains(ProblemCode.ENCODING);
    assertThat(batch.hasErrors()).isTrue();
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() {
    InputBatch<Commitment> batch = read(EvaluationInputReader.commitments(), EvaluationInputFormat.NDJSON,
        "\uFEFF" + commitment(""));
    assertThat(batch.problems()).isEmpty();
    assertThat(batch.valid()).isEqualTo(1);
  }
}
