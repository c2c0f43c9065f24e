package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.core.Record;
import org.chengxin.formats.internal.CsvParser;
import org.chengxin.formats.internal.FlatLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The flat canonical CSV (SPEC §6 (a)): same trees and codes as JSON, located by row and column. */
class FlatCsvTest {

  private static final Record ORG = CanonicalJson.read(Fixtures.ORG);
  private static final Record OFFICIAL = CanonicalJson.read(Fixtures.OFFICIAL);

  private static String write(Record... records) {
    StringWriter out = new StringWriter();
    try (TableWriter w = TableWriter.csv(out, TableTemplate.FLAT)) {
      for (Record r : records) {
        w.write(r);
      }
    }
    return out.toString();
  }

  private static List<ReadResult> read(String text) {
    return Tables.read(text.getBytes(StandardCharsets.UTF_8), RecordFormat.CSV, StandardCharsets.UTF_8);
  }

  /** Replaces one cell of data row {@code row} (1-based) of a written flat CSV. */
  private static String withCell(String text, int row, String column, String value) {
    List<String> columns = FlatLayout.columns();
    String[] lines = text.split("\r\n");
    List<String> cells;
    try {
      cells = new ArrayList<>(new CsvParser(new StringReader(lines[row])).next().cells);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    cells.set(columns.indexOf(column), value);
    lines[row] = Tables.line(cells).replace("\r\n", "");
    return String.join("\r\n", lines) + "\r\n";
  }

  @Test
  void headerAndEventsCell() {
    String text = write(ORG);
    assertThat(text).startsWith("\uFEFFschemaVersion,recordId,jurisdiction,subject.kind,subject.name,subject.uscc,");
    assertThat(text).contains(",FINE;WARNING_NOTICE,1000.00,0,false,")
        .contains("\"[{\"\"type\"\":\"\"OBJECTION_FILED\"\",\"\"on\"\":\"\"2024-03-10\"\"");
    List<ReadResult> back = read(text);
    assertThat(back.get(0).record()).contains(ORG);
  }

  /** Problems are the validator's, at the row and the column of their JSON Pointer. */
  @ParameterizedTest(name = "{0} = ''{1}'' → {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "subject.uscc|11230500001755309E|USCC_CHECKSUM@1:subject.uscc=11230500001755309E",
      "decision.decidedOn|2024-02-30|DATE_INVALID@1:decision.decidedOn=2024-02-30",
      "decision.penaltyTypes|FINE;NOPE|ENUM_UNKNOWN@1:decision.penaltyTypes=NOPE",
      "decision.simpleProcedure|yes|TYPE@1:decision.simpleProcedure=",
      "events|[{\"type\":\"OBJECTION_RESOLVED\",\"on\":\"2024-03-10\",\"outcome\":\"REJECTED\"}]|EVENT_INCONSISTENT@1:events=",
      "events|[{\"type\":|JSON_SYNTAX@1:events=",
      "source.submittedAt||REQUIRED@1:source.submittedAt=",
      "recordId|ZS 1|LENGTH@1:recordId=ZS 1",
  })
  void problemLocatedAtRowAndColumn(String column, String cell, String expected) {
    String text = withCell(write(ORG), 1, column, cell == null ? "" : cell);
    List<ReadResult> results = read(text);
    assertThat(results).hasSize(1);
    assertThat(results.get(0).isValid()).isFalse();
    assertThat(Tables.problems(results.get(0))).anySatisfy(p -> assertThat(p).startsWith(expected));
    assertThat(results.get(0).problems()).allSatisfy(p -> assertThat(p.recordId()).isPresent());
  }

  @Test
  void unknownAndMissingColumns() {
    String text = write(ORG);
    String renamed = text.replaceFirst("subject\\.uscc", "subject.usc").replaceFirst(",tier,", ",tier2,");
    List<ReadResult> results = read(renamed);
    assertThat(results).hasSize(1);
    assertThat(Tables.problems(results.get(0))).containsExactly("CSV_HEADER@0:subject.usc=subject.usc",
        "CSV_HEADER@0:tier2=tier2", "CSV_HEADER@0:tier=tier");
  }

  /** Only the required columns: an organisation's record without its optional fields reads as JSON would. */
  @Test
  void optionalColumnsMayBeLeftOut() {
    String text = "schemaVersion,recordId,jurisdiction,subject.kind,subject.name,subject.uscc,subject.divisionCode,"
        + "category,tier,decision.documentNumber,decision.authorityName,decision.authorityUscc,decision.decidedOn,"
        + "decision.content,decision.penaltyTypes,source.unit,source.unitUscc,source.submittedAt\n"
        + "1.0,A-1,611026,DEPARTMENT,柞水县某局,11230500001755309F,611026,ADMINISTRATIVE_PENALTY,GENERAL,"
        + "柞政罚〔2024〕12号,柞水县市场监督管理局,9144030071526726XG,2024-03-01,罚款一千元,FINE,"
        + "柞水县发展和改革局,11230500001755309F,2024-03-08T09:30:00+08:00\n";
    List<ReadResult> results = read(text);
    assertThat(results.get(0).problems()).isEmpty();
    assertThat(CanonicalJson.write(results.get(0).record().orElseThrow())).isEqualTo("{\"schemaVersion\":\"1.0\","
        + "\"recordId\":\"A-1\",\"jurisdiction\":\"611026\",\"subject\":{\"kind\":\"DEPARTMENT\",\"name\":\"柞水县某局\","
        + "\"uscc\":\"11230500001755309F\",\"divisionCode\":\"611026\"},\"category\":\"ADMINISTRATIVE_PENALTY\","
        + "\"tier\":\"GENERAL\",\"decision\":{\"documentNumber\":\"柞政罚〔2024〕12号\","
        + "\"authorityName\":\"柞水县市场监督管理局\",\"authorityUscc\":\"9144030071526726XG\","
        + "\"decidedOn\":\"2024-03-01\",\"content\":\"罚款一千元\",\"penaltyTypes\":[\"FINE\"]},"
        + "\"source\":{\"unit\":\"柞水县发展和改革局\",\"unitUscc\":\"11230500001755309F\","
        + "\"submittedAt\":\"2024-03-08T09:30:00+08:00\"}}");
  }

  @Test
  void officialWithSanctionAndDuplicateIds() {
    List<ReadResult> results = read(write(OFFICIAL, ORG, OFFICIAL));
    assertThat(results.get(0).record()).contains(OFFICIAL);
    assertThat(results.get(1).record()).contains(ORG);
    assertThat(Tables.problems(results.get(2))).containsExactly("DUPLICATE_RECORD_ID@3:-=ZS-2024-0002");
  }

  /** SPEC §3.1: without the duplicate check (assess, reports) the repeated row is a record like the first. */
  @Test
  void withoutTheDuplicateCheckARepeatedRecordIdIsARecord() {
    List<ReadResult> results = new java.util.ArrayList<>();
    try (TableReader reader = TableReader.of(
        new java.io.ByteArrayInputStream(write(OFFICIAL, ORG, OFFICIAL).getBytes(StandardCharsets.UTF_8)))
        .withoutDuplicateCheck()) {
      reader.forEachRemaining(results::add);
    }
    assertThat(results.get(2).problems()).isEmpty();
    assertThat(results.get(2).record()).contains(OFFICIAL);
  }

  @Test
  void validateStreamOfATable() {
    ValidationReport report = Validation.validate(
        new java.io.ByteArrayInputStream(write(ORG, OFFICIAL).getBytes(StandardCharsets.UTF_8)), RecordFormat.CSV,
        org.chengxin.core.Language.EN);
    assertThat(report.recordsRead()).isEqualTo(2);
    assertThat(report.recordsValid()).isEqualTo(2);
  }
}
