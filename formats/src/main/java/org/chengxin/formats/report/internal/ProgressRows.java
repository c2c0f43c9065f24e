package org.chengxin.formats.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chengxin.core.Labelled;
import org.chengxin.core.Language;
import org.chengxin.formats.report.ProgressReport;

/** The progress report as rows (section, code, item, value), shared by the CSV and the HTML. */
final class ProgressRows {

  /** One row. */
  static final class Row {
    final String sectionCode;
    final String section;
    final String code;
    final String item;
    final String value;

    Row(String sectionCode, String section, String code, String item, String value) {
      this.sectionCode = sectionCode;
      this.section = section;
      this.code = code;
      this.item = item;
      this.value = value;
    }
  }

  private final Language language;
  private final List<Row> rows = new ArrayList<>();
  private String sectionCode;
  private String section;

  private ProgressRows(Language language) {
    this.language = language;
  }

  private void section(String code, String zh, String en) {
    sectionCode = code;
    section = language == Language.ZH ? zh : en;
  }

  private void row(String code, String zh, String en, Object value) {
    rows.add(new Row(sectionCode, section, code, language == Language.ZH ? zh : en, String.valueOf(value)));
  }

  private <E extends Enum<E> & Labelled> void rows(String prefix, String zh, String en, Map<E, Long> counts) {
    for (Map.Entry<E, Long> e : counts.entrySet()) {
      row(prefix + e.getKey().name(), zh + e.getKey().zh(), en + e.getKey().en(), e.getValue());
    }
  }

  static List<Row> of(ProgressReport r, Language language) {
    ProgressRows p = new ProgressRows(language);
    p.section("report", "报告信息", "report");
    p.row("profile", "规则配置", "profile", r.profile().id() + " (" + r.profile().version() + ")");
    p.row("period", "报告期", "period", r.period().id());
    p.row("from", "起始日", "from", r.period().from());
    p.row("to", "截止日", "to", r.period().to());
    p.row("dueOn", "报送期限", "due on", r.dueOn());
    p.row("recipient", "报送对象", "recipient", r.recipient());
    p.row("asOf", "评估日", "assessed on", r.asOf());
    p.section("newRecords", "新增失信记录", "new records");
    p.row("TOTAL", "合计", "total", r.newRecords());
    p.rows("CATEGORY.", "类别：", "category: ", r.newByCategory());
    p.rows("TIER.", "程度：", "tier: ", r.newByTier());
    p.rows("SUBJECT_KIND.", "主体类型：", "subject kind: ", r.newBySubjectKind());
    p.section("publication", "公示时限", "publication");
    p.row("DUE", "公示期限在本期的记录", "records whose deadline is in the period", r.publicationDue());
    p.row("ON_TIME", "按时公示", "published on time", r.publishedOnTime());
    p.row("LATE", "逾期公示", "published late", r.publishedLate());
    p.row("OVERDUE", "逾期未公示", "overdue", r.publicationOverdue());
    p.row("PENDING", "待公示（期限为本期最后一日）", "pending (deadline on the period's last day)",
        r.publicationPending());
    p.section("objections", "异议处理", "objections");
    p.row("FILED", "提出异议", "filed", r.objectionsFiled());
    p.row("RESOLVED", "办结异议", "resolved", r.objectionsResolved());
    p.row("OVERDUE", "超期未办结", "overdue", r.objectionsOverdue());
    p.section("repairs", "信用修复", "credit repair");
    p.row("APPLIED", "申请修复", "applied", r.repairsApplied());
    p.row("APPROVED", "准予修复", "approved", r.repairsApproved());
    p.section("endings", "期满与撤销", "expiries and revocations");
    p.row("EXPIRED", "公示期满", "expired", r.expired());
    p.row("REVOKED", "决定撤销（含异议成立撤回）", "revoked (including objections upheld)", r.revoked());
    p.section("activeMeasures", "期末执行中的惩戒措施", "measures active at the period's end");
    p.rows("", "", "", r.activeMeasures());
    p.section("rectifications", "限期整改", "rectification");
    p.row("OVERDUE", "到期未完成整改", "not completed by the due date", r.rectificationsOverdue());
    return p.rows;
  }
}
