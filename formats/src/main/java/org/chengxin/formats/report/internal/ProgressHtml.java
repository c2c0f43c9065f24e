package org.chengxin.formats.report.internal;

import static org.chengxin.formats.report.internal.Text.html;

import java.io.IOException;
import java.io.Writer;
import org.chengxin.core.Language;
import org.chengxin.formats.report.ProgressReport;

/** The progress report as a printable page: a title, then one two-column table per section. */
public final class ProgressHtml {

  private ProgressHtml() {}

  public static void write(ProgressReport r, Language language, Writer out) throws IOException {
    boolean zh = language == Language.ZH;
    String title = zh ? "政务诚信建设进展情况报告" : "Government integrity progress report";
    StringBuilder h = new StringBuilder(Text.htmlHead(zh ? "zh-CN" : "en", title));
    h.append("<h1>").append(html(title)).append("</h1>\n<p class=\"meta\">")
        .append(html(zh ? "报告期 " + r.period().id() + "（" + r.period().from() + " 至 " + r.period().to()
            + "）　报送期限 " + r.dueOn() + "　报送对象 " + r.recipient()
            : "Period " + r.period().id() + " (" + r.period().from() + " to " + r.period().to() + ") · due "
                + r.dueOn() + " · to " + r.recipient()))
        .append("</p>\n");
    String current = null;
    for (ProgressRows.Row row : ProgressRows.of(r, language)) {
      if (!row.sectionCode.equals(current)) {
        if (current != null) {
          h.append("</tbody>\n</table>\n");
        }
        current = row.sectionCode;
        h.append("<h2>").append(html(row.section)).append("</h2>\n<table class=\"kv\">\n<thead><tr><th>")
            .append(html(zh ? "项目" : "item")).append("</th><th>").append(html(zh ? "数值" : "value"))
            .append("</th></tr></thead>\n<tbody>\n");
      }
      boolean number = !row.sectionCode.equals("report");
      h.append("<tr><td>").append(html(row.item)).append("</td><td").append(number ? " class=\"num\"" : "")
          .append('>').append(html(row.value)).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n<p class=\"note\">").append(html(zh
        ? "各项统计口径见 docs/reports.md；按报告期最后一日评估。"
        : "The meaning of every count is in docs/reports.md; assessed on the period's last day."))
        .append("</p>\n").append(Text.htmlEnd());
    out.write(h.toString());
  }
}
