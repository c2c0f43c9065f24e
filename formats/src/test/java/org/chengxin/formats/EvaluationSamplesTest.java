package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.core.Record;
import org.chengxin.rules.EvaluationPeriod;
import org.chengxin.rules.EvaluationResult;
import org.chengxin.rules.Evaluator;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.UnitEvaluation;
import org.chengxin.rules.WarningLevel;
import org.chengxin.rules.WorkingDayCalendars;
import org.junit.jupiter.api.Test;

/**
 * The bundled evaluation samples ({@code examples/data/evaluation-*.ndjson}, docs/evaluation.md) are valid and
 * evaluate, under zhashui-2021 for 2024, to the scores computed by hand in docs/evaluation.md.
 */
class EvaluationSamplesTest {

  private static final Path DATA = EvaluationInputReaderTest.DATA;

  static List<Record> records() {
    List<Record> records = new ArrayList<>();
    try (RecordReader reader = RecordReader.open(DATA.resolve("evaluation-records.ndjson"), RecordFormat.AUTO)) {
      while (reader.hasNext()) {
        ReadResult r = reader.next();
        assertThat(r.problems()).as("line %d", r.line()).isEmpty();
        records.add(r.record().orElseThrow());
      }
    }
    return records;
  }

  @Test
  void theSamplesEvaluateToTheHandComputedRanking() {
    EvaluationResult r = Evaluator.create().evaluate(ProfileRegistry.load().get("zhashui-2021"),
        WorkingDayCalendars.national(), EvaluationPeriod.parse("2024"), records(),
        EvaluationInputReader.commitments().read(DATA.resolve("evaluation-commitments.ndjson")).values(),
        EvaluationInputReader.complaints().read(DATA.resolve("evaluation-complaints.ndjson")).values(),
        EvaluationInputReader.litigationCases().read(DATA.resolve("evaluation-litigation.ndjson")).values());
    assertThat(r.problems()).isEmpty();
    // docs/evaluation.md, "The bundled example", has the arithmetic of every line
    assertThat(r.units()).extracting(u -> u.name().orElse(null), u -> u.score().toPlainString(), UnitEvaluation::rank,
        UnitEvaluation::warning).containsExactly(
        tuple(null, "100.00", 1, WarningLevel.GREEN),                  // 市场监督管理局: only a complaint, on time
        tuple("柞水县疾病预防控制中心", "100.00", 1, WarningLevel.GREEN),  // record decided 2025
        tuple("柞水县自然资源局", "99.00", 3, WarningLevel.GREEN),        // MINOR 1
        tuple("柞水县营盘镇人民政府", "97.00", 4, WarningLevel.GREEN),     // GENERAL 3; the revoked one 0
        tuple("柞水县财政局", "96.50", 5, WarningLevel.GREEN),           // 3 + 0.5
        tuple("柞水县乾佑街道办事处", "96.50", 5, WarningLevel.GREEN),     // 3 + 0.5
        tuple("柞水县住房和城乡建设局", "90.50", 7, WarningLevel.GREEN),   // 3 + 2 + 1 + 1 + 2.5
        tuple("柞水县人民政府", "72.33", 8, WarningLevel.YELLOW),         // 10 + 4 + 1 + 1 + 6.666666667 + 5
        tuple("柞水县交通运输局", "42.00", 9, WarningLevel.RED));         // 37 + 6 + 15
    assertThat(r.units().get(7).total()).isEqualByComparingTo(new BigDecimal("27.666666667"));
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
