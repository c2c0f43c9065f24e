package org.chengxin.formats.report.internal;

import static org.chengxin.formats.report.internal.Text.html;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.chengxin.core.Language;
import org.chengxin.formats.report.DisclosureEntry;
import org.chengxin.formats.report.DisclosureListWriter;
import org.chengxin.rules.ProfileRef;

/**
 * The disclosure list as a printable page: a title, the profile and day, one table row per entry (subject with
 * code or masked ID and employer; category and tier; document, authority and date; content; disclosure dates;
 * objection), and the count at the end. Every text is escaped.
 */
public final class DisclosureHtml extends DisclosureListWriter {

  public DisclosureHtml(Writer out, Language language) {
    super(out, language);
  }

  private boolean zh() {
    return language == Language.ZH;
  }

  @Override
  public void start(ProfileRef profile, LocalDate asOf) throws IOException {
    String title = zh() ? "政务失信记录公示清单" : "Public disclosure list of government dishonesty records";
    StringBuilder h = new StringBuilder(Text.htmlHead(zh() ? "zh-CN" : "en", title));
    h.append("<h1>").append(html(title)).append("</h1>\n<p class=\"meta\">")
        .append(html(zh() ? "规则配置 " : "Profile ")).append(html(profile.id()))
        .append(html(zh() ? "（版本 " : " (version ")).append(html(profile.version()))
        .append(html(zh() ? "）　公示日期 " : ") · as of ")).append(asOf).append("</p>\n");
    h.append("<table>\n<thead><tr>");
    String[] headers = zh()
        ? new String[] {"序号", "记录编号", "失信主体", "类别 / 程度", "决定文书号 / 决定机关 / 日期", "处理内容 / 依据", "公示日期",
            "公示截止日期", "状态"}
        : new String[] {"No.", "Record", "Subject", "Category / tier", "Document / authority / date", "Content / basis",
            "Published", "Disclosed until", "Status"};
    for (String header : headers) {
      h.append("<th>").append(html(header)).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    out.write(h.toString());
  }

  @Override
  protected void entry(DisclosureEntry e) throws IOException {
    StringBuilder h = new StringBuilder(512);
    h.append(e.underObjection() ? "<tr class=\"objection\">" : "<tr>");
    h.append("<td class=\"num\">").append(count).append("</td>");
    h.append("<td class=\"nowrap\">").append(html(e.recordId())).append("</td>");
    h.append("<td>").append(html(e.subjectName())).append("<br>").append(html(e.subjectKind().label(language)));
    e.subjectUscc().ifPresent(u -> h.append("<br>").append(html(u)));
    e.subjectIdNumber().ifPresent(u -> h.append("<br>").append(html(u)));
    e.employerName().ifPresent(u -> h.append("<br>").append(html((zh() ? "工作单位：" : "employer: ") + u)));
    h.append("</td>");
    h.append("<td>").append(html(e.category().label(language))).append("<br>")
        .append(html(e.tier().label(language))).append("</td>");
    h.append("<td>").append(html(e.documentNumber())).append("<br>").append(html(e.authorityName()))
        .append("<br>").append(e.decidedOn()).append("</td>");
    h.append("<td>").append(html(e.content()));
    String types = DisclosureColumns.penaltyTypes(e, language);
    if (!types.isEmpty()) {
      h.append("<br>").append(html((zh() ? "处罚类别：" : "penalty: ") + types));
    }
    e.fineAmount().ifPresent(a -> h.append("<br>").append(html(money(zh() ? "罚款" : "fine", a))));
    e.basis().ifPresent(b -> h.append("<br>").append(html((zh() ? "依据：" : "basis: ") + b)));
    e.confiscatedAmount().ifPresent(a -> h.append("<br>").append(html(money(zh() ? "没收" : "confiscated", a))));
    h.append("</td>");
    h.append("<td class=\"nowrap\">").append(e.publishedOn()).append("</td>");
    h.append("<td class=\"nowrap\">").append(e.lastDay()).append("</td>");
    h.append("<td>").append(html(e.underObjection() ? (zh() ? "异议处理中" : "under objection") : ""))
        .append("</td></tr>\n");
    out.write(h.toString());
  }

  private String money(String what, BigDecimal amount) {
    return zh() ? what + " " + amount.toPlainString() + " 元" : what + " " + amount.toPlainString() + " yuan";
  }

  @Override
  public void finish() throws IOException {
    StringBuilder h = new StringBuilder("</tbody>\n</table>\n<p class=\"note\">");
    h.append(html(zh()
        ? "共 " + count + " 条。自然人姓名仅显示首字，身份证件号码仅显示前 6 位和后 4 位；依法不予公开的记录不在本清单中。"
        : count + " entries. Natural persons' names show only their first character and ID numbers only their first "
            + "6 and last 4 characters; records withheld by law are not listed."));
    h.append("</p>\n").append(Text.htmlEnd());
    out.write(h.toString());
    out.flush();
  }
}
