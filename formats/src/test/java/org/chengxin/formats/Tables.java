package org.chengxin.formats;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helpers: 双公示 template rows built from the SPEC's column names (written out here, not taken from the code). */
final class Tables {

  private Tables() {}

  /** SPEC §6 R-CSV, legal persons, 26 columns. */
  static final List<String> LEGAL = List.of("行政相对人名称", "行政相对人代码_1(统一社会信用代码)",
      "行政相对人代码_2(工商注册号)", "行政相对人代码_3(组织机构代码)", "行政相对人代码_4(税务登记号)",
      "行政相对人代码_5(事业单位证书号)", "行政相对人代码_6(社会组织登记证号)", "法定代表人", "法定代表人身份证号",
      "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容", "罚款金额(万元)",
      "没收违法所得、没收非法财物的金额(万元)", "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚有效期", "公示截止期",
      "处罚机关", "处罚机关统一社会信用代码", "数据来源单位", "数据来源单位统一社会信用代码", "备注");

  /** SPEC §6 R-CSV, natural persons, 20 columns: three, then the same 17 from 行政处罚决定书文号 to 备注. */
  static final List<String> NATURAL;

  static {
    List<String> n = new ArrayList<>(List.of("行政相对人名称", "证件类型", "证件号码"));
    n.addAll(LEGAL.subList(9, 26));
    NATURAL = List.copyOf(n);
  }

  static final List<String> EXTRA = List.of("失信程度", "主体类型", "管辖区划", "发布日期");

  /** 11611026MB12345677: "11" (机关), division 611026 柞水县; check character computed by hand (R-ID-1). */
  static final String DEPT_USCC = "11611026MB12345677";
  static final String INSTITUTION_USCC = "12611026MB76543211";
  static final String COMPANY_USCC = "91611026MA00000018";
  static final String AUTHORITY_USCC = "11611026MB0000001J";
  static final String SOURCE_USCC = "11611026MB0000002M";

  /** A complete legal-person row (SPEC example values), by column. */
  static Map<String, String> legalRow() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("行政相对人名称", "柞水县某局");
    m.put("行政相对人代码_1(统一社会信用代码)", DEPT_USCC);
    m.put("法定代表人", "赵某");
    m.put("法定代表人身份证号", "11010519491231002X");
    m.put("行政处罚决定书文号", "柞政罚〔2024〕12号");
    m.put("违法行为类型", "政府采购");
    m.put("违法事实", "未按规定公开采购信息");
    m.put("处罚依据", "《政府采购法》第七十一条");
    m.put("处罚类别", "警告;罚款");
    m.put("处罚内容", "警告并处罚款一千元");
    m.put("罚款金额(万元)", "0.1");
    m.put("没收违法所得、没收非法财物的金额(万元)", "0.000001");
    m.put("处罚决定日期", "2024/01/08");
    m.put("处罚有效期", "2099/12/31");
    m.put("公示截止期", "2025/01/08");
    m.put("处罚机关", "柞水县市场监督管理局");
    m.put("处罚机关统一社会信用代码", AUTHORITY_USCC);
    m.put("数据来源单位", "柞水县发展和改革局");
    m.put("数据来源单位统一社会信用代码", SOURCE_USCC);
    m.put("备注", "");
    m.put("发布日期", "2024-01-10");
    return m;
  }

  /** A complete natural-person row (a public official). */
  static Map<String, String> naturalRow() {
    Map<String, String> m = new LinkedHashMap<>(legalRow());
    m.remove("行政相对人代码_1(统一社会信用代码)");
    m.remove("法定代表人");
    m.remove("法定代表人身份证号");
    m.put("行政相对人名称", "张某");
    m.put("证件类型", "身份证");
    m.put("证件号码", "11010519491231002X");
    m.put("行政处罚决定书文号", "柞政罚〔2024〕13号");
    m.put("工作单位", "柞水县某局");
    m.put("工作单位统一社会信用代码", DEPT_USCC);
    return m;
  }

  static List<String> legalHeader() {
    List<String> h = new ArrayList<>(LEGAL);
    h.addAll(EXTRA);
    return h;
  }

  static List<String> naturalHeader() {
    List<String> h = new ArrayList<>(NATURAL);
    h.addAll(EXTRA);
    h.add("工作单位");
    h.add("工作单位统一社会信用代码");
    return h;
  }

  /** A CSV text: the header, then each row's cells in header order (missing columns empty). */
  @SafeVarargs
  static String csv(List<String> header, Map<String, String>... rows) {
    StringBuilder sb = new StringBuilder();
    sb.append(line(header));
    for (Map<String, String> r : rows) {
      List<String> cells = new ArrayList<>();
      for (String h : header) {
        cells.add(r.getOrDefault(h, ""));
      }
      sb.append(line(cells));
    }
    return sb.toString();
  }

  static String line(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells.get(i);
      boolean q = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
      sb.append(q ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    return sb.append("\r\n").toString();
  }

  static Map<String, String> with(Map<String, String> row, String column, String value) {
    Map<String, String> m = new LinkedHashMap<>(row);
    m.put(column, value);
    return m;
  }

  static List<ReadResult> read(String csv) {
    return read(csv.getBytes(StandardCharsets.UTF_8), RecordFormat.AUTO, StandardCharsets.UTF_8);
  }

  static List<ReadResult> read(byte[] bytes, RecordFormat format, Charset encoding) {
    List<ReadResult> all = new ArrayList<>();
    try (TableReader r = TableReader.of(new ByteArrayInputStream(bytes), format, encoding,
        RecordValidator.standard())) {
      r.forEachRemaining(all::add);
    }
    return all;
  }

  /** code@row:field=value for each problem, for compact assertions. */
  static List<String> problems(ReadResult r) {
    List<String> out = new ArrayList<>();
    r.problems().forEach(p -> out.add(p.code() + "@" + p.row().map(String::valueOf).orElse("-") + ":"
        + p.field().orElse("-") + "=" + p.value().orElse("")));
    return out;
  }
}
