package org.chengxin.formats.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.core.Language;
import org.chengxin.core.PenaltyType;
import org.chengxin.formats.report.DisclosureEntry;

/** The columns of the disclosure list in CSV (all of them) with their zh and en headers. */
final class DisclosureColumns {

  static final List<String> ZH = List.of("记录编号", "管辖区划", "主体类型", "主体名称", "统一社会信用代码", "身份证件号码",
      "工作单位", "工作单位统一社会信用代码", "失信类别", "重点领域", "失信程度", "决定文书号", "决定机关",
      "决定机关统一社会信用代码", "决定日期", "处罚类别", "罚款金额（元）", "没收金额（元）", "依据", "处理内容", "公示日期",
      "公示截止日期", "异议处理中");
  static final List<String> EN = List.of("record id", "jurisdiction", "subject kind", "subject name", "USCC",
      "ID number", "employer", "employer USCC", "category", "domain", "tier", "document number", "authority",
      "authority USCC", "decided on", "penalty types", "fine (yuan)", "confiscated (yuan)", "basis", "content",
      "published on", "disclosed until", "under objection");

  private DisclosureColumns() {}

  static List<String> headers(Language language) {
    return language == Language.ZH ? ZH : EN;
  }

  static List<String> cells(DisclosureEntry e, Language language) {
    List<String> c = new ArrayList<>(ZH.size());
    c.add(e.recordId());
    c.add(e.jurisdiction());
    c.add(e.subjectKind().label(language));
    c.add(e.subjectName());
    c.add(e.subjectUscc().orElse(""));
    c.add(e.subjectIdNumber().orElse(""));
    c.add(e.employerName().orElse(""));
    c.add(e.employerUscc().orElse(""));
    c.add(e.category().label(language));
    c.add(e.domain().label(language));
    c.add(e.tier().label(language));
    c.add(e.documentNumber());
    c.add(e.authorityName());
    c.add(e.authorityUscc());
    c.add(e.decidedOn().toString());
    c.add(penaltyTypes(e, language));
    c.add(e.fineAmount().map(BigDecimal::toPlainString).orElse(""));
    c.add(e.confiscatedAmount().map(BigDecimal::toPlainString).orElse(""));
    c.add(e.basis().orElse(""));
    c.add(e.content());
    c.add(e.publishedOn().toString());
    c.add(e.lastDay().toString());
    c.add(yesNo(e.underObjection(), language));
    return c;
  }

  static String penaltyTypes(DisclosureEntry e, Language language) {
    List<String> labels = new ArrayList<>();
    for (PenaltyType t : e.penaltyTypes()) {
      labels.add(t.label(language));
    }
    return String.join(language == Language.ZH ? "；" : "; ", labels);
  }

  static String yesNo(boolean value, Language language) {
    if (language == Language.ZH) {
      return value ? "是" : "否";
    }
    return value ? "yes" : "no";
  }
}
