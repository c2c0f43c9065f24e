package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chengxin.core.Language;
import org.chengxin.rules.Basis;
import org.chengxin.rules.Deduction;
import org.chengxin.rules.EvaluationPeriod;
import org.chengxin.rules.EvaluationResult;
import org.chengxin.rules.Indicator;
import org.chengxin.rules.ProfileRef;
import org.chengxin.rules.UnitEvaluation;
import org.chengxin.rules.WarningLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files of the three evaluation report formats, reviewed by hand: {@code evaluation/ranking.expected.*}.
 * Regenerate only on purpose with {@code -Drecreate=true}, and review the diff like code.
 */
class EvaluationReportGoldenTest {

  private static final Path DIR = Path.of("src", "test", "resources", "org", "chengxin", "formats", "evaluation");
  private static final Basis DEFAULT = Basis.of("[default] SPEC §7", true);

  private static Deduction d(Indicator indicator, int count, String points, Basis basis) {
    return Deduction.builder().indicator(indicator).count(count).points(new BigDecimal(points)).basis(basis).build();
  }

  private static UnitEvaluation u(String unit, String name, String score, int rank, WarningLevel warning,
      Deduction... deductions) {
    return UnitEvaluation.builder().unit(unit).name(Optional.ofNullable(name)).score(new BigDecimal(score))
        .rank(rank).warning(warning).deductions(List.of(deductions)).build();
  }

  /** Five units: a tie at 100 (one without a name), a formula-looking name, markup in a name, each level. */
  static EvaluationResult ranking() {
    return EvaluationResult.builder()
        .profile(ProfileRef.of("zhashui-2021", "1"))
        .period(EvaluationPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .units(List.of(
            u("11611026MB17341091", "=HYPERLINK(\"http://x\")", "100.00", 1, WarningLevel.GREEN),
            u("12611026MB1734107W", null, "100.00", 1, WarningLevel.GREEN),
            u("11611026MB1734103F", "柞水县财政局, 第一分局", "96.50", 3, WarningLevel.GREEN,
                d(Indicator.RECORD_ACTIVE_GENERAL, 1, "3", DEFAULT),
                d(Indicator.COMPLAINT_LATE, 1, "0.5", Basis.of("seed:fujian-2017:三(三)", true))),
            u("11611026MB1734101L", "<b>柞水县人民政府</b> & \"县府\"", "72.33", 4, WarningLevel.YELLOW,
                d(Indicator.RECORD_ACTIVE_SERIOUS, 1, "10", DEFAULT),
                d(Indicator.COMMITMENT_BROKEN, 2, "4", Basis.of("seed:zhashui-2021:五(一)3", true)),
                d(Indicator.COMPLAINT_LATE, 2, "1.0", DEFAULT),
                d(Indicator.COMPLAINT_SUBSTANTIATED, 1, "1", DEFAULT),
                d(Indicator.LITIGATION_LOSS_RATE, 2, "6.6666666670", DEFAULT),
                d(Indicator.LITIGATION_JUDGMENT_UNPERFORMED, 1, "5", DEFAULT)),
            u("11611026MB17341029", "柞水县交通运输局", "42.00", 5, WarningLevel.RED,
                d(Indicator.RECORD_ACTIVE_SERIOUS, 3, "30", DEFAULT),
                d(Indicator.PUBLICATION_LATE_OR_OVERDUE, 2, "2", DEFAULT),
                d(Indicator.RECTIFICATION_OVERDUE, 1, "2", DEFAULT),
                d(Indicator.LITIGATION_LOSS_RATE, 1, "10.0000000000", DEFAULT),
                d(Indicator.LITIGATION_JUDGMENT_UNPERFORMED, 1, "5", DEFAULT),
                d(Indicator.COMMITMENT_BROKEN, 3, "6", DEFAULT),
                d(Indicator.RECORD_ACTIVE_MINOR, 3, "3", DEFAULT))))
        .build();
  }

  private static void golden(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("recreate")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void json() throws IOException {
    golden("ranking.expected.json", EvaluationReportJson.write(ranking()));
  }

  @ParameterizedTest
  @CsvSource({"ZH, ranking.zh.expected.csv", "EN, ranking.en.expected.csv"})
  void csv(Language language, String file) throws IOException {
    golden(file, EvaluationReportCsv.write(ranking(), language));
  }

  @ParameterizedTest
  @CsvSource({"ZH, ranking.zh.expected.html", "EN, ranking.en.expected.html"})
  void html(Language language, String file) throws IOException {
    golden(file, EvaluationReportHtml.write(ranking(), language));
  }

  @Test
  void theJsonHasExactlyTheSpecShapeWithTwoDecimalNumbers() throws IOException {
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(EvaluationReportJson.write(ranking()));
    assertThat(tree.fieldNames()).toIterable().containsExactly("profile", "period", "units");
    var unit = tree.get("units").get(3);
    assertThat(unit.fieldNames()).toIterable().containsExactly("unit", "name", "score", "rank", "warning",
        "deductions");
    assertThat(unit.get("score").decimalValue()).isEqualByComparingTo("72.33");
    assertThat(unit.get("deductions").get(4).fieldNames()).toIterable()
        .containsExactly("indicator", "count", "points", "basis");
    // 6.6666666670 is printed 6.67; the unnamed unit's name is null
    assertThat(EvaluationReportJson.write(ranking())).contains("\"points\":6.67,").contains("\"name\":null")
        .contains("\"score\":100.00,");
  }

  @Test
  void csvEscapesFormulasAndHtmlEscapesMarkup() {
    String csv = EvaluationReportCsv.write(ranking(), Language.EN);
    assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").contains("\"柞水县财政局, 第一分局\"");
    String html = EvaluationReportHtml.write(ranking(), Language.ZH);
    assertThat(html).doesNotContain("<b>柞水县").contains("&lt;b&gt;柞水县人民政府&lt;/b&gt; &amp; &quot;县府&quot;")
        .doesNotContain("<script").doesNotContain("http://x\"").doesNotContainPattern("(src|href)=");
  }
}
