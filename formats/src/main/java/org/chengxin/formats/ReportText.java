package org.chengxin.formats;

import org.chengxin.core.Language;
import org.chengxin.core.Problem;

/** The readable summary of a validation report (zh or en). */
final class ReportText {

  private ReportText() {}

  static String summary(ValidationReport r) {
    boolean zh = r.language() == Language.ZH;
    StringBuilder s = new StringBuilder();
    if (zh) {
      s.append("共读取 ").append(r.recordsRead()).append(" 条记录：有效 ").append(r.recordsValid())
          .append(" 条，无效 ").append(r.recordsInvalid()).append(" 条；错误 ").append(r.errors())
          .append(" 个，警告 ").append(r.warnings()).append(" 个。\n");
    } else {
      s.append(r.recordsRead()).append(" records read: ").append(r.recordsValid()).append(" valid, ")
          .append(r.recordsInvalid()).append(" invalid; ").append(r.errors()).append(" errors, ")
          .append(r.warnings()).append(" warnings.\n");
    }
    for (ValidationNotice n : r.notices()) {
      s.append('\n').append(n.severity().name()).append(' ').append(n.code().name()).append(" × ")
          .append(n.count()).append('\n');
      for (Problem p : n.samples()) {
        s.append("  ");
        if (p.line().isPresent()) {
          s.append(zh ? "第 " + p.line().get() + " 行" : "line " + p.line().get());
          p.column().ifPresent(c -> s.append(zh ? "第 " + c + " 列" : ":" + c));
        } else if (p.row().isPresent()) {
          s.append(zh ? "第 " + p.row().get() + " 行数据" : "row " + p.row().get());
          p.field().ifPresent(f -> s.append(zh ? "「" + f + "」列" : ", column " + f));
        }
        p.recordId().ifPresent(id -> s.append(" [").append(id).append(']'));
        s.append(zh ? "：" : ": ").append(p.message(r.language())).append('\n');
      }
      if (n.count() > n.samples().size()) {
        long more = n.count() - n.samples().size();
        s.append(zh ? "  ……另有 " + more + " 处\n" : "  … and " + more + " more\n");
      }
    }
    return s.toString();
  }
}
