package org.chengxin.formats.internal;

import java.util.ArrayList;
import java.util.List;

/** The column names of the 双公示 administrative-penalty templates (SPEC §6 R-CSV), as the SPEC spells them. */
public final class PenaltyColumns {

  private PenaltyColumns() {}

  public static final String NAME = "行政相对人名称";
  public static final String USCC = "行政相对人代码_1(统一社会信用代码)";
  public static final String PRINCIPAL = "法定代表人";
  public static final String ID_TYPE = "证件类型";
  public static final String ID_NUMBER = "证件号码";
  public static final String DOCUMENT = "行政处罚决定书文号";
  public static final String FACTS = "违法事实";
  public static final String BASIS = "处罚依据";
  public static final String TYPES = "处罚类别";
  public static final String CONTENT = "处罚内容";
  public static final String FINE = "罚款金额(万元)";
  public static final String CONFISCATED = "没收违法所得、没收非法财物的金额(万元)";
  public static final String DECIDED = "处罚决定日期";
  public static final String VALID_UNTIL = "处罚有效期";
  public static final String DISCLOSURE_END = "公示截止期";
  public static final String AUTHORITY = "处罚机关";
  public static final String AUTHORITY_USCC = "处罚机关统一社会信用代码";
  public static final String SOURCE = "数据来源单位";
  public static final String SOURCE_USCC = "数据来源单位统一社会信用代码";
  public static final String TIER = "失信程度";
  public static final String KIND = "主体类型";
  public static final String JURISDICTION = "管辖区划";
  public static final String PUBLISHED = "发布日期";
  public static final String EMPLOYER = "工作单位";
  public static final String EMPLOYER_USCC = "工作单位统一社会信用代码";

  /** The 17 columns both templates share, 行政处罚决定书文号 to 备注. */
  static final List<String> COMMON = List.of(DOCUMENT, "违法行为类型", FACTS, BASIS, TYPES, CONTENT, FINE,
      CONFISCATED, "暂扣或吊销证照名称及编号", DECIDED, VALID_UNTIL, DISCLOSURE_END, AUTHORITY, AUTHORITY_USCC,
      SOURCE, SOURCE_USCC, "备注");

  /** The 26 columns of the legal-person template. */
  public static final List<String> LEGAL = concat(List.of(NAME, USCC, "行政相对人代码_2(工商注册号)",
      "行政相对人代码_3(组织机构代码)", "行政相对人代码_4(税务登记号)", "行政相对人代码_5(事业单位证书号)",
      "行政相对人代码_6(社会组织登记证号)", PRINCIPAL, "法定代表人身份证号"), COMMON);

  /** The 20 columns of the natural-person template. */
  public static final List<String> NATURAL = concat(List.of(NAME, ID_TYPE, ID_NUMBER), COMMON);

  /** Chengxin's optional extra columns of both templates. */
  public static final List<String> EXTRA = List.of(TIER, KIND, JURISDICTION, PUBLISHED);

  /** The extra columns a natural-person table must have (the subject is a PUBLIC_OFFICIAL). */
  public static final List<String> EXTRA_NATURAL = List.of(EMPLOYER, EMPLOYER_USCC);

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /**
   * A header cell as matched: surrounding white space (and a BOM) removed, full-width parentheses as ASCII
   * ones. {@code " 罚款金额（万元） "} → {@code "罚款金额(万元)"}.
   */
  public static String normalise(String header) {
    String s = header.replace("\uFEFF", "").strip();
    return s.replace('（', '(').replace('）', ')');
  }

  /** Whether a header row (its first cell) is a 双公示 template's (SPEC §6: the first header is 行政相对人名称). */
  public static boolean isPenaltyHeader(List<String> header) {
    return !header.isEmpty() && NAME.equals(normalise(header.get(0)));
  }

  /** Whether a header row is the natural-person template's (it has 证件号码). */
  static boolean isNatural(List<String> header) {
    for (String h : header) {
      if (ID_NUMBER.equals(normalise(h))) {
        return true;
      }
    }
    return false;
  }
}
