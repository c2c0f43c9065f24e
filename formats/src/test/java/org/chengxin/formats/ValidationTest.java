package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-file validation and the report (SPEC §8). */
class ValidationTest {

  @TempDir
  Path dir;

  @Test
  void severalFilesAddUpAndDuplicatesAreCheckedPerFile() throws Exception {
    Path a = dir.resolve("a.ndjson");
    Path b = dir.resolve("b.json");
    Files.writeString(a, Fixtures.ORG + "\n" + Fixtures.ORG + "\n", StandardCharsets.UTF_8);
    Files.writeString(b, "[" + Fixtures.ORG + "," + Fixtures.OFFICIAL + "]", StandardCharsets.UTF_8);
    ValidationReport report = Validation.validateFiles(List.of(a, b), RecordFormat.AUTO, Language.EN);
    // a: ORG, then ORG again (duplicate); b: ORG (new file, not a duplicate), OFFICIAL.
    assertThat(report.recordsRead()).isEqualTo(4);
    assertThat(report.recordsValid()).isEqualTo(3);
    assertThat(report.recordsInvalid()).isEqualTo(1);
    assertThat(report.errors()).isEqualTo(1);
    assertThat(report.notices()).singleElement()
        .satisfies(n -> assertThat(n.code()).isEqualTo(ProblemCode.DUPLICATE_RECORD_ID));
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void autoFollowsTheExtension() throws Exception {
    // A pretty-printed single record in a .json file is one record, not NDJSON lines.
    Path one = dir.resolve("one.json");
    Files.writeString(one, Fixtures.ORG.replace(",\"", ",\n  \""), StandardCharsets.UTF_8);
    ValidationReport report = Validation.validateFiles(List.of(one), RecordFormat.AUTO, Language.EN);
    assertThat(report.recordsRead()).isEqualTo(1);
    assertThat(report.recordsValid()).isEqualTo(1);
  }

  @Test
  void aMissingFileIsAnIoError() {
    assertThatThrownBy(() -> Validation.validateFiles(List.of(dir.resolve("none.ndjson")), RecordFormat.AUTO,
        Language.EN)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("none.ndjson");
  }

  @Test
  void errorsAndWarningsCountOccurrencesNotRecords() {
    ValidationCollector c = new ValidationCollector(Language.EN);
    Problem e1 = Problem.of(ProblemCode.REQUIRED, "/a", null);
    Problem e2 = Problem.of(ProblemCode.TYPE, "/b", null);
    Problem w = Problem.of(ProblemCode.DIVISION_UNKNOWN, "/jurisdiction", "999999");
    c.accept(List.of(e1, e2, w)); // one invalid record with 2 errors and 1 warning
    c.accept(List.of(w));         // one valid record with a warning
    c.accept(List.of());          // one clean record
    ValidationReport r = c.report();
    assertThat(r.recordsRead()).isEqualTo(3);
    assertThat(r.recordsValid()).isEqualTo(2);
    assertThat(r.recordsInvalid()).isEqualTo(1);
    assertThat(r.errors()).isEqualTo(2);
    assertThat(r.warnings()).isEqualTo(2);
    assertThat(r.notices()).extracting(ValidationNotice::code)
        .containsExactly(ProblemCode.REQUIRED, ProblemCode.TYPE, ProblemCode.DIVISION_UNKNOWN);
  }

  @Test
  void samplesAreTheFirstFiveInInputOrder() {
    ValidationCollector c = new ValidationCollector(Language.EN);
    for (int i = 1; i <= 7; i++) {
      c.accept(List.of(Problem.of(ProblemCode.REQUIRED, "/x", null).atLine(i, null)));
    }
    ValidationNotice n = c.report().notices().get(0);
    assertThat(n.count()).isEqualTo(7);
    assertThat(n.samples()).extracting(p -> p.line().get()).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void theSummaryReadsInBothLanguages() {
    ValidationReport en = Validation.validate(
        new java.io.ByteArrayInputStream((Fixtures.ORG + "\n{\n").getBytes(StandardCharsets.UTF_8)),
        RecordFormat.NDJSON, Language.EN);
    assertThat(en.summary()).startsWith("2 records read: 1 valid, 1 invalid; 1 errors, 0 warnings.")
        .contains("ERROR JSON_SYNTAX × 1").contains("line 2:2") // the input ends after "{" (column 1)
        .doesNotContain("start marker");
    ValidationReport zh = Validation.validate(
        new java.io.ByteArrayInputStream((Fixtures.ORG + "\n{\n").getBytes(StandardCharsets.UTF_8)),
        RecordFormat.NDJSON, Language.ZH);
    assertThat(zh.summary()).startsWith("共读取 2 条记录：有效 1 条，无效 1 条；错误 1 个，警告 0 个。")
        .contains("第 2 行第 2 列");
  }
}
