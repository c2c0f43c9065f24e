package org.chengxin.formats.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chengxin.core.UnifiedSocialCreditCode;

/**
 * Writes a generated 双公示 legal-person penalty CSV (SPEC §6 R-CSV) for benchmarks and the constant-memory
 * check: {@code rows} GENERAL penalties decided in 2024–2025 (2023-05-01 era, so 公示截止期 = decidedOn + P1Y,
 * R-DATE-1), and every 1,000th row (i ≡ 500 mod 1000) with an unknown 处罚类别 (one ENUM_UNKNOWN each).
 * Deterministic for a seed.
 *
 * <pre>
 * java -cp … org.chengxin.formats.bench.PenaltyCsvGenerator penalties.csv 100000 [GB18030]
 * </pre>
 */
public final class PenaltyCsvGenerator {

  static final String HEADER = "行政相对人名称,行政相对人代码_1(统一社会信用代码),行政相对人代码_2(工商注册号),"
      + "行政相对人代码_3(组织机构代码),行政相对人代码_4(税务登记号),行政相对人代码_5(事业单位证书号),"
      + "行政相对人代码_6(社会组织登记证号),法定代表人,法定代表人身份证号,行政处罚决定书文号,违法行为类型,违法事实,"
      + "处罚依据,处罚类别,处罚内容,罚款金额(万元),没收违法所得、没收非法财物的金额(万元),暂扣或吊销证照名称及编号,"
      + "处罚决定日期,处罚有效期,公示截止期,处罚机关,处罚机关统一社会信用代码,数据来源单位,数据来源单位统一社会信用代码,"
      + "备注,失信程度,主体类型,管辖区划,发布日期";

  private static final String[] DIVISIONS = {"611026", "110105", "440304", "350000", "460000"};
  private static final String ALPHABET = UnifiedSocialCreditCode.ALPHABET;

  private PenaltyCsvGenerator() {}

  /** Number of rows with an unknown 处罚类别 among {@code rows}. */
  public static int invalidRows(int rows) {
    return rows <= 500 ? 0 : (rows - 501) / 1000 + 1;
  }

  /** Writes the header and {@code rows} rows. */
  public static void write(Writer out, int rows, long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> subjects = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      subjects.add(uscc(rnd, i % 2 == 0 ? "11" : "12"));
    }
    String authority = uscc(rnd, "11");
    String source = uscc(rnd, "11");
    out.write(HEADER);
    out.write("\r\n");
    LocalDate first = LocalDate.of(2024, 1, 1);
    for (int i = 1; i <= rows; i++) {
      String subject = subjects.get(rnd.nextInt(subjects.size()));
      LocalDate decided = first.plusDays(rnd.nextInt(700));
      boolean bad = i % 1000 == 500;
      String fine = rnd.nextInt(1000) + "." + String.format(java.util.Locale.ROOT, "%06d", rnd.nextInt(1_000_000));
      String[] cells = {"某单位" + i, subject, "", "", "", "", "", "负责人" + (i % 97), "",
          "某罚〔" + decided.getYear() + "〕" + i + "号", "政府采购", "未按规定公开采购信息，涉及金额\"" + fine + "\"万元",
          "《政府采购法》第七十一条", bad ? "罚金" : "警告;罚款", "警告，并处罚款", fine, "", "",
          decided.toString().replace('-', '/'), "2099/12/31", decided.plusYears(1).toString(), "某市场监督管理局",
          authority, "某发展和改革局", source, "", "一般", "", "", decided.plusDays(3).toString()};
      for (int c = 0; c < cells.length; c++) {
        if (c > 0) {
          out.write(',');
        }
        String v = cells[c];
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('，') >= 0) {
          out.write('"');
          out.write(v.replace("\"", "\"\""));
          out.write('"');
        } else {
          out.write(v);
        }
      }
      out.write("\r\n");
    }
  }

  /** A valid USCC with a known division: prefix, division, 9 random characters, the check character. */
  private static String uscc(SplittableRandom rnd, String prefix) {
    StringBuilder body = new StringBuilder(prefix).append(DIVISIONS[rnd.nextInt(DIVISIONS.length)]);
    while (body.length() < 17) {
      body.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
    }
    return body.toString() + UnifiedSocialCreditCode.checkCharacter(body);
  }

  /** {@code PenaltyCsvGenerator FILE ROWS [CHARSET]}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int rows = Integer.parseInt(args[1]);
    Charset cs = args.length > 2 ? Charset.forName(args[2]) : java.nio.charset.StandardCharsets.UTF_8;
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), cs), 1 << 16)) {
      write(w, rows, 0xB5_2024L);
    }
  }
}
