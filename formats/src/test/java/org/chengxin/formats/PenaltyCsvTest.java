package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.formats.Tables.*;

import java.util.List;
import java.util.Map;
import org.chengxin.core.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 双公示 penalty templates mapped to ADMINISTRATIVE_PENALTY records (SPEC §6 R-CSV). */
class PenaltyCsvTest {

  /**
   * Golden, legal person (R-CSV): every mapping of a full row. Expected values by hand:
   * recordId = CF- + sha256("柞政罚〔2024〕12号|11611026MB12345677")[:16], computed with
   * {@code python3 -c 'import hashlib;print(hashlib.sha256("柞政罚〔2024〕12号|11611026MB12345677".encode()).hexdigest()[:16])'}
   * = 3768c441d4ea97d2; 0.1 万元 = 1000.00 元; 0.000001 万元 = 0.01 元; USCC "11" → DEPARTMENT; characters 3–8
   * → 611026 (divisionCode and jurisdiction); 2024/01/08 → 2024-01-08, submittedAt 2024-01-08T00:00+08:00;
   * 失信程度 absent → GENERAL; 公示截止期 2025-01-08 = 2024-01-08 + P1Y (GENERAL, 2023-05-01 era) → no warning.
   */
  @Test
  void legalPersonGolden() {
    List<ReadResult> results = read(csv(legalHeader(), legalRow()));
    assertThat(results).hasSize(1);
    ReadResult r = results.get(0);
    assertThat(problems(r)).isEmpty();
    assertThat(r.row()).contains(1L);
    assertThat(r.line()).isEqualTo(2);
    assertThat(CanonicalJson.write(r.record().orElseThrow())).isEqualTo("{\"schemaVersion\":\"1.0\","
        + "\"recordId\":\"CF-3768c441d4ea97d2\",\"jurisdiction\":\"611026\",\"subject\":{\"kind\":\"DEPARTMENT\","
        + "\"name\":\"柞水县某局\",\"uscc\":\"11611026MB12345677\",\"divisionCode\":\"611026\","
        + "\"principalName\":\"赵某\"},\"category\":\"ADMINISTRATIVE_PENALTY\",\"tier\":\"GENERAL\","
        + "\"decision\":{\"documentNumber\":\"柞政罚〔2024〕12号\",\"authorityName\":\"柞水县市场监督管理局\","
        + "\"authorityUscc\":\"11611026MB0000001J\",\"decidedOn\":\"2024-01-08\",\"facts\":\"未按规定公开采购信息\","
        + "\"basis\":\"《政府采购法》第七十一条\",\"content\":\"警告并处罚款一千元\","
        + "\"penaltyTypes\":[\"WARNING_NOTICE\",\"FINE\"],\"fineAmount\":\"1000.00\","
        + "\"confiscatedAmount\":\"0.01\"},\"publishedOn\":\"2024-01-10\",\"source\":{\"unit\":\"柞水县发展和改革局\","
        + "\"unitUscc\":\"11611026MB0000002M\",\"submittedAt\":\"2024-01-08T00:00:00+08:00\"}}");
  }

  /**
   * Golden, natural person (R-CSV): a PUBLIC_OFFICIAL with the ID in 证件号码 and the employer columns.
   * recordId: {@code python3 -c 'import hashlib;print(hashlib.sha256("柞政罚〔2024〕13号|11010519491231002X".encode()).hexdigest()[:16])'}
   * = 75650e1fb0db20de; jurisdiction = characters 3–8 of the employer's USCC = 611026.
   */
  @Test
  void naturalPersonGolden() {
    List<ReadResult> results = read(csv(naturalHeader(), with(naturalRow(), "失信程度", "严重")));
    ReadResult r = results.get(0);
    // 公示截止期 2025-01-08 but SERIOUS (2023-05-01 era, 1Y–3Y): lastDay 2024-01-08 + P3Y = 2027-01-08.
    assertThat(problems(r)).containsExactly("DISCLOSURE_END_MISMATCH@1:公示截止期=2025-01-08");
    assertThat(CanonicalJson.write(r.record().orElseThrow())).isEqualTo("{\"schemaVersion\":\"1.0\","
        + "\"recordId\":\"CF-75650e1fb0db20de\",\"jurisdiction\":\"611026\",\"subject\":{\"kind\":\"PUBLIC_OFFICIAL\","
        + "\"name\":\"张某\",\"idNumber\":\"11010519491231002X\",\"employerName\":\"柞水县某局\","
        + "\"employerUscc\":\"11611026MB12345677\"},\"category\":\"ADMINISTRATIVE_PENALTY\",\"tier\":\"SERIOUS\","
        + "\"decision\":{\"documentNumber\":\"柞政罚〔2024〕13号\",\"authorityName\":\"柞水县市场监督管理局\","
        + "\"authorityUscc\":\"11611026MB0000001J\",\"decidedOn\":\"2024-01-08\",\"facts\":\"未按规定公开采购信息\","
        + "\"basis\":\"《政府采购法》第七十一条\",\"content\":\"警告并处罚款一千元\","
        + "\"penaltyTypes\":[\"WARNING_NOTICE\",\"FINE\"],\"fineAmount\":\"1000.00\","
        + "\"confiscatedAmount\":\"0.01\"},\"publishedOn\":\"2024-01-10\",\"source\":{\"unit\":\"柞水县发展和改革局\","
        + "\"unitUscc\":\"11611026MB0000002M\",\"submittedAt\":\"2024-01-08T00:00:00+08:00\"}}");
  }

  /** Natural persons need 工作单位 and 工作单位统一社会信用代码 (the subject is a PUBLIC_OFFICIAL). */
  @Test
  void naturalPersonWithoutEmployerColumnsIsCsvHeader() {
    List<String> header = new java.util.ArrayList<>(NATURAL);
    header.add("工作单位");
    List<ReadResult> results = read(csv(header, naturalRow()));
    assertThat(results).hasSize(1);
    assertThat(problems(results.get(0))).containsExactly("CSV_HEADER@0:工作单位统一社会信用代码=工作单位统一社会信用代码");
  }

  /** Natural persons: 主体类型 may only be empty or 公职人员; the ID number is checked (R-ID-2) at 证件号码. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "主体类型|公职人员|",
      "主体类型|政府部门|ENUM_UNKNOWN@1:主体类型=政府部门",
      "证件号码|110105194912310021|ID_CHECKSUM@1:证件号码=110105********0021",  // masked by the validator
      "工作单位统一社会信用代码|11611026MB12345678|USCC_CHECKSUM@1:工作单位统一社会信用代码=11611026MB12345678",
  })
  void naturalPersonCells(String column, String cell, String expected) {
    ReadResult r = read(csv(naturalHeader(), with(naturalRow(), column, cell))).get(0);
    if (expected == null) {
      assertThat(r.problems()).isEmpty();
    } else {
      assertThat(problems(r)).contains(expected);
    }
  }

  @Test
  void emptyEmployerCellIsRequired() {
    ReadResult r = read(csv(naturalHeader(), with(naturalRow(), "工作单位", ""))).get(0);
    assertThat(problems(r)).containsExactly("REQUIRED@1:工作单位=");
  }

  /** Mapping rules of R-CSV, one cell changed in the legal golden row; the pointer's value in the record. */
  @ParameterizedTest(name = "{0} = ''{1}'' → {2} = {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // 万元 × 10,000 → yuan, exact (R-ID-5): 1.5 × 10,000 = 15000; 12345.678901 × 10,000 = 123456789.01
      "罚款金额(万元)|1.5|/decision/fineAmount|15000.00",
      "罚款金额(万元)|0.000001|/decision/fineAmount|0.01",
      "罚款金额(万元)|12345.678901|/decision/fineAmount|123456789.01",
      "罚款金额(万元)|0|/decision/fineAmount|0.00",
      "没收违法所得、没收非法财物的金额(万元)|2|/decision/confiscatedAmount|20000.00",
      // dates YYYY-MM-DD or YYYY/MM/DD
      "处罚决定日期|2024-01-08|/decision/decidedOn|2024-01-08",
      "处罚决定日期|2024/01/08|/source/submittedAt|2024-01-08T00:00:00+08:00",
      "发布日期|2024/01/10|/publishedOn|2024-01-10",
      // 处罚类别 names (行政处罚法 Art. 9); several with ; or ；
      "处罚类别|警告；罚款|/decision/penaltyTypes|WARNING_NOTICE;FINE",
      "处罚类别|通报批评|/decision/penaltyTypes|CIRCULATED_CRITICISM",
      "处罚类别|没收违法所得|/decision/penaltyTypes|CONFISCATION",
      "处罚类别|没收非法财物|/decision/penaltyTypes|CONFISCATION",
      "处罚类别|没收违法所得、没收非法财物|/decision/penaltyTypes|CONFISCATION",
      "处罚类别|暂扣许可证件|/decision/penaltyTypes|LICENCE_SUSPENSION",
      "处罚类别|降低资质等级|/decision/penaltyTypes|QUALIFICATION_DOWNGRADE",
      "处罚类别|吊销许可证件|/decision/penaltyTypes|LICENCE_REVOCATION",
      "处罚类别|吊销营业执照|/decision/penaltyTypes|LICENCE_REVOCATION",
      "处罚类别|限制开展生产经营活动|/decision/penaltyTypes|BUSINESS_RESTRICTION",
      "处罚类别|责令停产停业|/decision/penaltyTypes|BUSINESS_RESTRICTION",
      "处罚类别|责令关闭|/decision/penaltyTypes|BUSINESS_RESTRICTION",
      "处罚类别|限制从业|/decision/penaltyTypes|BUSINESS_RESTRICTION",
      "处罚类别|行政拘留|/decision/penaltyTypes|DETENTION",
      "处罚类别|其他|/decision/penaltyTypes|OTHER",
      "处罚类别|罚款; 警告 ;|/decision/penaltyTypes|FINE;WARNING_NOTICE",
      // 失信程度 (default 一般)
      "失信程度|轻微|/tier|MINOR",
      "失信程度|严重|/tier|SERIOUS",
      "失信程度|一般|/tier|GENERAL",
      // 主体类型 given wins over the USCC's default
      "主体类型|人民政府|/subject/kind|GOVERNMENT",
      "主体类型|基层自治组织|/subject/kind|GRASSROOTS_ORGANISATION",
      "主体类型|管委会|/subject/kind|DEVELOPMENT_ZONE",
      // 管辖区划 given wins over the USCC's division
      "管辖区划|610000|/jurisdiction|610000",
      "管辖区划|SHENFU|/jurisdiction|SHENFU",
      // cells are trimmed; a formula-escaped cell loses exactly one '
      "行政相对人名称|\"  柞水县某局\u3000 \"|/subject/name|柞水县某局",
      "违法事实|'=SUM(A1)|/decision/facts|=SUM(A1)",
      "违法事实|''@x|/decision/facts|'@x",
      "违法事实|'abc|/decision/facts|'abc",
      "法定代表人|钱某|/subject/principalName|钱某",
  })
  void mappingRule(String column, String cell, String pointer, String expected) {
    ReadResult r = read(csv(legalHeader(), with(legalRow(), column, cell))).get(0);
    assertThat(r.isValid()).as("%s", r.problems()).isTrue();
    Record rec = r.record().orElseThrow();
    var node = CanonicalJson.toTree(rec).at(pointer);
    String actual = node.isArray() ? String.join(";", toList(node)) : node.asText();
    assertThat(actual).isEqualTo(expected);
  }

  private static List<String> toList(com.fasterxml.jackson.databind.JsonNode a) {
    List<String> l = new java.util.ArrayList<>();
    a.forEach(n -> l.add(n.asText()));
    return l;
  }

  /** Cells whose value the mapping rejects: the problem names the row and the Chinese column (R-CSV, §8). */
  @ParameterizedTest(name = "{0} = ''{1}'' → {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "罚款金额(万元)|0.0000001|MONEY_INVALID@1:罚款金额(万元)=0.0000001",   // 7 decimals
      "罚款金额(万元)|-1|MONEY_INVALID@1:罚款金额(万元)=-1",
      "罚款金额(万元)|1e3|MONEY_INVALID@1:罚款金额(万元)=1e3",
      "罚款金额(万元)|1,000|MONEY_INVALID@1:罚款金额(万元)=1,000",
      "没收违法所得、没收非法财物的金额(万元)|abc|MONEY_INVALID@1:没收违法所得、没收非法财物的金额(万元)=abc",
      "处罚决定日期|2024.01.08|DATE_INVALID@1:处罚决定日期=2024.01.08",
      "处罚决定日期|2024/02/30|DATE_INVALID@1:处罚决定日期=2024-02-30",
      "处罚有效期|2024/13/01|DATE_INVALID@1:处罚有效期=2024/13/01",
      "处罚有效期|2023/12/31|DATE_ORDER@1:处罚有效期=2023-12-31",            // before 处罚决定日期 2024-01-08
      "公示截止期|明年|DATE_INVALID@1:公示截止期=明年",
      "处罚类别|警告、罚款|ENUM_UNKNOWN@1:处罚类别=警告、罚款",          // 、 is not a separator
      "处罚类别|罚金|ENUM_UNKNOWN@1:处罚类别=罚金",
      "处罚类别||REQUIRED@1:处罚类别=",
      "失信程度|很严重|ENUM_UNKNOWN@1:失信程度=很严重",
      "主体类型|公司|ENUM_UNKNOWN@1:主体类型=公司",
      "行政处罚决定书文号||REQUIRED@1:行政处罚决定书文号=",
      "处罚内容||REQUIRED@1:处罚内容=",
      "处罚机关统一社会信用代码|11611026MB0000001K|USCC_CHECKSUM@1:处罚机关统一社会信用代码=11611026MB0000001K",
      "数据来源单位||REQUIRED@1:数据来源单位=",
  })
  void rejectedCell(String column, String cell, String expected) {
    ReadResult r = read(csv(legalHeader(), with(legalRow(), column, cell == null ? "" : cell))).get(0);
    assertThat(r.isValid()).isFalse();
    assertThat(problems(r)).contains(expected);
  }

  /** 主体类型 default from the USCC: 11 → 政府部门, 12 → 事业单位, otherwise REQUIRED (R-CSV). */
  @ParameterizedTest
  @CsvSource({"11611026MB12345677,DEPARTMENT", "12611026MB76543211,PUBLIC_INSTITUTION"})
  void kindFromUscc(String uscc, String kind) {
    ReadResult r = read(csv(legalHeader(), with(legalRow(), "行政相对人代码_1(统一社会信用代码)", uscc))).get(0);
    assertThat(r.problems()).isEmpty();
    assertThat(r.record().orElseThrow().subject().kind().name()).isEqualTo(kind);
  }

  @Test
  void companyUsccWithoutKindIsRequired() {
    ReadResult r = read(csv(legalHeader(), with(legalRow(), "行政相对人代码_1(统一社会信用代码)", COMPANY_USCC)))
        .get(0);
    assertThat(problems(r)).containsExactly("REQUIRED@1:主体类型=");
  }

  /** 公示截止期 ≠ the computed lastDay → WARNING, the record stays valid (SPEC §8 DISCLOSURE_END_MISMATCH). */
  @ParameterizedTest
  @CsvSource({
      // GENERAL decided 2024-01-08 (2023-05-01 era, 3M–1Y): lastDay 2025-01-08
      "一般,2025-01-08,",
      "一般,2025/01/08,",
      "一般,2025-01-07,DISCLOSURE_END_MISMATCH@1:公示截止期=2025-01-07",
      "一般,2099/12/31,DISCLOSURE_END_MISMATCH@1:公示截止期=2099-12-31",
      // SERIOUS: 2024-01-08 + P3Y = 2027-01-08
      "严重,2027-01-08,",
      // MINOR is as GENERAL in the 2023 era
      "轻微,2025-01-08,",
  })
  void disclosureEnd(String tier, String stated, String expected) {
    ReadResult r = read(csv(legalHeader(), with(with(legalRow(), "失信程度", tier), "公示截止期", stated))).get(0);
    assertThat(r.isValid()).isTrue();
    if (expected == null) {
      assertThat(r.problems()).isEmpty();
    } else {
      assertThat(problems(r)).containsExactly(expected);
    }
  }

  /** Full-width parentheses, surrounding spaces and a BOM in the header are accepted (R-CSV). */
  @Test
  void headerVariants() {
    List<String> header = new java.util.ArrayList<>();
    for (String h : legalHeader()) {
      header.add(" " + h.replace('(', '（').replace(')', '）') + "\u3000");
    }
    String text = "\uFEFF" + Tables.line(header) + csv(legalHeader(), legalRow()).split("\r\n", 2)[1];
    List<ReadResult> results = read(text);
    assertThat(results).hasSize(1);
    assertThat(results.get(0).problems()).isEmpty();
  }

  @Test
  void templateWithoutExtraColumns() {
    ReadResult r = read(csv(LEGAL, legalRow())).get(0);
    assertThat(r.problems()).isEmpty();
    assertThat(r.record().orElseThrow().publishedOn()).isEmpty();
  }

  /** CSV_HEADER: unknown, repeated and missing columns, all reported at row 0; no row is read after them. */
  @Test
  void badHeader() {
    List<String> header = new java.util.ArrayList<>(legalHeader());
    header.remove("处罚机关");
    header.add("备注2");
    header.add("备注");
    List<ReadResult> results = read(csv(header, legalRow(), legalRow()));
    assertThat(results).hasSize(1);
    assertThat(problems(results.get(0))).containsExactly("CSV_HEADER@0:备注2=备注2", "CSV_HEADER@0:备注=备注",
        "CSV_HEADER@0:处罚机关=处罚机关");
  }

  /** The same decision for the same subject twice: DUPLICATE_RECORD_ID on the later row. */
  @Test
  void duplicateRow() {
    List<ReadResult> results = read(csv(legalHeader(), legalRow(), legalRow()));
    assertThat(results.get(0).problems()).isEmpty();
    assertThat(problems(results.get(1))).containsExactly("DUPLICATE_RECORD_ID@2:-=CF-3768c441d4ea97d2");
  }

  /** Rows in other orders and a row of empty cells (skipped, but counted in the row numbers). */
  @Test
  void rowNumbersSkipBlankRows() {
    Map<String, String> second = with(legalRow(), "行政处罚决定书文号", "柞政罚〔2024〕14号");
    List<ReadResult> results = read(csv(legalHeader(), legalRow(), Map.of(), second));
    assertThat(results).hasSize(2);
    assertThat(results.get(1).row()).contains(3L);
  }

  @Test
  void explicitCsvFormatReadsAPenaltyFileAsFlat() {
    List<ReadResult> results = read(csv(LEGAL, legalRow()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        RecordFormat.CSV, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(results).hasSize(1);
    assertThat(results.get(0).problems()).allMatch(p -> p.code().name().equals("CSV_HEADER"));
  }
}
