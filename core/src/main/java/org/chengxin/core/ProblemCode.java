package org.chengxin.core;

/**
 * The stable problem codes of SPEC §8. Codes never change meaning; each carries its severity and a message
 * template in Chinese and English ({@code {path}}, {@code {value}} and {@code {detail}} are filled in by
 * {@link Problem}).
 */
public enum ProblemCode {
  JSON_SYNTAX(Severity.ERROR,
      "JSON 语法错误：{detail}",
      "malformed JSON: {detail}"),
  UNKNOWN_FIELD(Severity.ERROR,
      "未知字段 {path}",
      "unknown field {path}"),
  REQUIRED(Severity.ERROR,
      "缺少必填字段 {path}",
      "required field {path} is missing"),
  FORBIDDEN_FIELD(Severity.ERROR,
      "字段 {path} 在此不允许出现：{detail}",
      "field {path} is not allowed here: {detail}"),
  TYPE(Severity.ERROR,
      "字段 {path} 的类型错误，应为{detail}",
      "field {path} has the wrong type, expected {detail}"),
  ENUM_UNKNOWN(Severity.ERROR,
      "字段 {path} 的取值 {value} 不在代码表中：{detail}",
      "field {path}: {value} is not a known code: {detail}"),
  DATE_INVALID(Severity.ERROR,
      "字段 {path} 的日期 {value} 无效：{detail}",
      "field {path}: {value} is not a valid date: {detail}"),
  DATE_ORDER(Severity.ERROR,
      "字段 {path} 的日期 {value} 与 {detail} 的先后顺序不符",
      "field {path}: {value} is out of order with {detail}"),
  MONEY_INVALID(Severity.ERROR,
      "字段 {path} 的金额 {value} 无效：{detail}",
      "field {path}: {value} is not a valid amount: {detail}"),
  LENGTH(Severity.ERROR,
      "字段 {path} 的长度不符：{detail}",
      "field {path} has the wrong length: {detail}"),
  USCC_FORMAT(Severity.ERROR,
      "字段 {path} 的统一社会信用代码 {value} 格式错误：{detail}",
      "field {path}: {value} is not a well-formed unified social credit code: {detail}"),
  USCC_CHECKSUM(Severity.ERROR,
      "字段 {path} 的统一社会信用代码 {value} 校验码错误：{detail}",
      "field {path}: the check character of unified social credit code {value} is wrong: {detail}"),
  ID_FORMAT(Severity.ERROR,
      "字段 {path} 的身份证号码格式错误：{detail}",
      "field {path}: not a well-formed citizen ID number: {detail}"),
  ID_CHECKSUM(Severity.ERROR,
      "字段 {path} 的身份证号码校验码错误",
      "field {path}: the check character of the citizen ID number is wrong"),
  ID_BIRTHDATE(Severity.ERROR,
      "字段 {path} 的身份证号码出生日期无效：{detail}",
      "field {path}: the birth date in the citizen ID number is invalid: {detail}"),
  DIVISION_FORMAT(Severity.ERROR,
      "字段 {path} 的区划代码 {value} 格式错误：{detail}",
      "field {path}: {value} is not a well-formed division code: {detail}"),
  DIVISION_UNKNOWN(Severity.WARNING,
      "字段 {path} 的区划代码 {value} 不在已知代码表中",
      "field {path}: division code {value} is not a known code"),
  USCC_KIND_MISMATCH(Severity.WARNING,
      "字段 {path}：{detail}",
      "field {path}: {detail}"),
  SANCTION_PERIOD_INVALID(Severity.ERROR,
      "字段 {path} 的处分期间 {value} 无效：{detail}",
      "field {path}: sanction period {value} is invalid: {detail}"),
  EVENT_ORDER(Severity.ERROR,
      "事件 {path} 的日期 {value} 顺序错误：{detail}",
      "event {path}: date {value} is out of order: {detail}"),
  EVENT_INCONSISTENT(Severity.ERROR,
      "事件 {path} 与此前的事件不一致：{detail}",
      "event {path} is inconsistent with the events before it: {detail}"),
  DUPLICATE_RECORD_ID(Severity.ERROR,
      "记录标识 {value} 重复（首次出现于 {detail}）",
      "record ID {value} is a duplicate (first seen at {detail})"),
  CATEGORY_NOT_IN_PROFILE(Severity.ERROR,
      "类别 {value} 不在规则配置 {detail} 中",
      "category {value} is not in profile {detail}"),
  AS_OF_BEFORE_DECISION(Severity.ERROR,
      "评估日 {value} 早于决定日 {detail}",
      "as-of date {value} is before the decision date {detail}"),
  REPAIR_NOT_ELIGIBLE(Severity.WARNING,
      "信用修复于 {value} 批准，但当日不符合修复条件：{detail}",
      "credit repair approved on {value} although the record was not eligible: {detail}"),
  CSV_HEADER(Severity.ERROR,
      "表头错误：{detail}",
      "bad header: {detail}"),
  CSV_ROW(Severity.ERROR,
      "行格式错误：{detail}",
      "malformed row: {detail}"),
  ENCODING(Severity.ERROR,
      "文件编码错误：{detail}",
      "wrong encoding: {detail}"),
  TOO_LARGE(Severity.ERROR,
      "单条记录超过 1 MiB：{detail}",
      "a record is larger than 1 MiB: {detail}"),
  CATEGORY_MISMATCH(Severity.ERROR,
      "字段 {path}：{detail}",
      "field {path}: {detail}"),
  CALENDAR_RANGE(Severity.ERROR,
      "日期 {value} 超出工作日历的覆盖范围：{detail}",
      "date {value} is outside the working-day calendar: {detail}"),
  DISCLOSURE_END_MISMATCH(Severity.WARNING,
      "公示截止期 {value} 与计算所得的 {detail} 不一致",
      "disclosure end {value} differs from the computed {detail}");

  private final Severity severity;
  private final String zhTemplate;
  private final String enTemplate;

  ProblemCode(Severity severity, String zhTemplate, String enTemplate) {
    this.severity = severity;
    this.zhTemplate = zhTemplate;
    this.enTemplate = enTemplate;
  }

  /** The severity of every problem with this code. */
  public Severity severity() {
    return severity;
  }

  /** The message template in the given language. */
  public String template(Language language) {
    return language == Language.ZH ? zhTemplate : enTemplate;
  }
}
