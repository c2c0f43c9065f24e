package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.chengxin.core.Language;
import org.chengxin.rules.EvaluationResult;
import org.chengxin.rules.Indicator;
import org.chengxin.rules.UnitEvaluation;

/**
 * The evaluation ranking as CSV (SPEC §7): one row per unit in ranking order. Columns: rank, unit code, name, score,
 * warning level (label), total deducted, then the points of every {@link Indicator} in its order (an empty cell
 * where nothing was deducted). Headers in Chinese ({@code 排名, 统一社会信用代码, 单位名称, 得分, 预警等级, 扣分合计, …}) or
 * English; numbers with 2 decimals.
 *
 * <p>RFC 4180 quoting (a cell with a comma, quote or line break is quoted, quotes doubled); {@code \n} line ends;
 * UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese text; a cell starting with {@code =},
 * {@code +}, {@code -} or {@code @} gets a leading {@code '} (SPEC §6), so no spreadsheet runs it as a formula.
 */
public final class EvaluationReportCsv {

  private EvaluationReportCsv() {}

  /** The report text, starting with a byte-order mark. */
  public static String write(EvaluationResult result, Language language) {
    requireNonNull(result, "result");
    requireNonNull(language, "language");
    boolean zh = language == Language.ZH;
    StringBuilder out = new StringBuilder("\uFEFF");
    List<String> header = new ArrayList<>(zh
        ? List.of("排名", "统一社会信用代码", "单位名称", "得分", "预警等级", "扣分合计")
        : List.of("rank", "unit", "name", "score", "warning", "total deducted"));
    for (Indicator indicator : Indicator.values()) {
      header.add(indicator.label(language) + (zh ? "（扣分）" : " (points)"));
    }
    line(out, header);
    for (UnitEvaluation u : result.units()) {
      Map<Indicator, BigDecimal> points = new EnumMap<>(Indicator.class);
      u.deductions().forEach(d -> points.put(d.indicator(), d.points()));
      List<String> cells = new ArrayList<>(List.of(Integer.toString(u.rank()), u.unit(), u.name().orElse(""),
          EvaluationReportJson.twoDecimals(u.score()), u.warning().label(language),
          EvaluationReportJson.twoDecimals(u.total())));
      for (Indicator indicator : Indicator.values()) {
        BigDecimal p = points.get(indicator);
        cells.add(p == null ? "" : EvaluationReportJson.twoDecimals(p));
      }
      line(out, cells);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append('\n');
  }

  /** One cell: formula-looking text prefixed with {@code '}, quoted where needed. */
  static String cell(String text) {
    String value = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
