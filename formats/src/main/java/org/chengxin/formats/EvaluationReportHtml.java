package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.chengxin.core.Language;
import org.chengxin.rules.Deduction;
import org.chengxin.rules.EvaluationResult;
import org.chengxin.rules.UnitEvaluation;
import org.chengxin.rules.WarningLevel;

/**
 * The evaluation ranking as a standalone, printable HTML page (SPEC §7): a horizontal bar chart of the scores as
 * inline SVG, each bar coloured by its warning level, and the ranking table with every deduction and its basis.
 * Inline CSS only: no JavaScript, no fonts, images or styles from the network. Texts in Chinese or English.
 * Deterministic: the same result gives the same bytes.
 */
public final class EvaluationReportHtml {

  private static final int CHART_WIDTH = 960;
  private static final int LABEL_WIDTH = 300;
  private static final int BAR_AREA = 540;
  private static final int ROW = 26;
  private static final int TOP = 28;

  private EvaluationReportHtml() {}

  private static String colour(WarningLevel level) {
    return switch (level) {
      case RED -> "#c0392b";
      case YELLOW -> "#e0a800";
      case GREEN -> "#2e8b57";
    };
  }

  /** The page. */
  public static String write(EvaluationResult result, Language language) {
    requireNonNull(result, "result");
    requireNonNull(language, "language");
    boolean zh = language == Language.ZH;
    StringBuilder h = new StringBuilder();
    String title = zh ? "政务诚信评价排名" : "Government integrity evaluation ranking";
    h.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n<style>\n")
        .append("body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",\"WenQuanYi Micro Hei\","
            + "\"SimSun\",sans-serif;color:#111;margin:24px;font-size:14px;}\n")
        .append("h1{font-size:22px;margin:0 0 4px;}\n.meta{color:#444;margin:0 0 16px;}\n")
        .append(".legend span{display:inline-block;margin-right:16px;}\n")
        .append(".swatch{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px;}\n")
        .append("table{border-collapse:collapse;width:100%;margin-top:16px;}\n")
        .append("th,td{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top;}\n")
        .append("th{background:#eee;white-space:nowrap;}\ntd.num{text-align:right;white-space:nowrap;}\n")
        .append("td.RED{background:#f8d7d3;}\ntd.RED,td.YELLOW,td.GREEN{white-space:nowrap;}\ntd.YELLOW{background:#fcefc2;}\ntd.GREEN{background:#d8efe0;}\n")
        .append("ul{margin:0;padding-left:16px;}\n.basis{color:#555;font-size:12px;}\n")
        .append("svg{max-width:100%;height:auto;}\n")
        .append("@media print{body{margin:0;}*{-webkit-print-color-adjust:exact;print-color-adjust:exact;}"
            + "tr{page-break-inside:avoid;}thead{display:table-header-group;}}\n")
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">")
        .append(esc(zh ? "规则配置 " : "Profile ")).append(esc(result.profile().id()))
        .append(esc(zh ? "（版本 " : " (version ")).append(esc(result.profile().version()))
        .append(esc(zh ? "）　评价期间 " : ") · period ")).append(result.period().from())
        .append(esc(zh ? " 至 " : " to ")).append(result.period().to())
        .append(esc(zh ? "　单位数 " : " · units ")).append(result.units().size()).append("</p>\n");
    legend(h, result, language);
    chart(h, result, language);
    table(h, result, language);
    h.append("<p class=\"basis\">").append(esc(zh
        ? "得分 = max(0, 100 − 扣分合计)，保留两位小数（四舍五入）；名次按得分从高到低，同分同名次（1, 2, 2, 4）。"
        : "Score = max(0, 100 − total deducted), rounded to 2 decimals (half up); ranks by score, descending, "
            + "ties share a rank (1, 2, 2, 4).")).append("</p>\n");
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void legend(StringBuilder h, EvaluationResult result, Language language) {
    Map<WarningLevel, Integer> counts = new EnumMap<>(WarningLevel.class);
    for (WarningLevel level : WarningLevel.values()) {
      counts.put(level, 0);
    }
    result.units().forEach(u -> counts.merge(u.warning(), 1, Integer::sum));
    h.append("<p class=\"legend\">");
    for (WarningLevel level : WarningLevel.values()) {
      h.append("<span><span class=\"swatch\" style=\"background:").append(colour(level)).append("\"></span>")
          .append(esc(level.label(language))).append(language == Language.ZH ? "预警 " : " ")
          .append(counts.get(level)).append("</span>");
    }
    h.append("</p>\n");
  }

  private static void chart(StringBuilder h, EvaluationResult result, Language language) {
    int n = result.units().size();
    int height = TOP + n * ROW + 30;
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_WIDTH).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(esc(language == Language.ZH ? "得分条形图" : "bar chart of scores"))
        .append("\" font-family=\"Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, WenQuanYi Micro Hei, sans-serif\""
            + " font-size=\"13\">\n");
    int axisBottom = TOP + n * ROW;
    for (int tick = 0; tick <= 100; tick += 20) {
      int x = LABEL_WIDTH + tick * BAR_AREA / 100;
      h.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(x)
          .append("\" y2=\"").append(axisBottom).append("\" stroke=\"#ddd\"/>\n");
      h.append("<text x=\"").append(x).append("\" y=\"").append(axisBottom + 18)
          .append("\" text-anchor=\"middle\" fill=\"#444\">").append(tick).append("</text>\n");
    }
    for (int i = 0; i < n; i++) {
      UnitEvaluation u = result.units().get(i);
      int y = TOP + i * ROW;
      BigDecimal width = u.score().multiply(BigDecimal.valueOf(BAR_AREA)).divide(BigDecimal.valueOf(100));
      String label = u.rank() + ". " + shorten(u.name().orElse(u.unit()));
      h.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 17)
          .append("\" text-anchor=\"end\">").append(esc(label)).append("</text>\n");
      h.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
          .append(width.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()).append("\" height=\"")
          .append(ROW - 8).append("\" fill=\"").append(colour(u.warning())).append("\"><title>")
          .append(esc(u.unit() + " " + EvaluationReportJson.twoDecimals(u.score()) + " " + u.warning().label(language)))
          .append("</title></rect>\n");
      h.append("<text x=\"").append(LABEL_WIDTH + BAR_AREA + 8).append("\" y=\"").append(y + 17).append("\">")
          .append(EvaluationReportJson.twoDecimals(u.score())).append(' ').append(esc(u.warning().label(language)))
          .append("</text>\n");
    }
    h.append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(TOP - 6).append("\" x2=\"")
        .append(LABEL_WIDTH).append("\" y2=\"").append(axisBottom).append("\" stroke=\"#333\"/>\n");
    h.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(TOP - 12).append("\" fill=\"#444\">")
        .append(esc(language == Language.ZH ? "得分" : "score")).append("</text>\n");
    h.append("</svg>\n");
  }

  private static void table(StringBuilder h, EvaluationResult result, Language language) {
    boolean zh = language == Language.ZH;
    h.append("<table>\n<thead><tr>");
    for (String head : zh ? new String[] {"排名", "统一社会信用代码", "单位名称", "得分", "预警等级", "扣分明细"}
        : new String[] {"Rank", "Unit code", "Name", "Score", "Warning", "Deductions"}) {
      h.append("<th>").append(esc(head)).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (UnitEvaluation u : result.units()) {
      h.append("<tr><td class=\"num\">").append(u.rank()).append("</td><td>").append(esc(u.unit()))
          .append("</td><td>").append(esc(u.name().orElse("—"))).append("</td><td class=\"num\">")
          .append(EvaluationReportJson.twoDecimals(u.score())).append("</td><td class=\"").append(u.warning().name())
          .append("\">").append(esc(u.warning().label(language))).append("</td><td>");
      if (u.deductions().isEmpty()) {
        h.append(esc(zh ? "无扣分" : "none"));
      } else {
        h.append("<ul>");
        for (Deduction d : u.deductions()) {
          h.append("<li>").append(esc(d.indicator().label(language))).append(" × ").append(d.count())
              .append(": −").append(EvaluationReportJson.twoDecimals(d.points()))
              .append(" <span class=\"basis\">").append(esc(d.basis().citation())).append("</span></li>");
        }
        h.append("</ul>");
      }
      h.append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static String shorten(String text) {
    return text.codePointCount(0, text.length()) <= 18 ? text
        : text.substring(0, text.offsetByCodePoints(0, 17)) + "…";
  }

  /** HTML-escapes text for element content and attribute values. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
