package org.chengxin.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.chengxin.core.Category;
import org.chengxin.core.CitizenIdNumber;
import org.chengxin.core.Labelled;
import org.chengxin.core.ProblemCode;

/**
 * The mutation table of {@link InvalidRecordGenerator} (变异表): each entry breaks one rule of SPEC §3 in an otherwise
 * valid record and names the one ERROR (code and JSON Pointer) the validator must then report (SPEC §8).
 *
 * <p>Example: {@link #TIER_UNKNOWN} sets {@code tier} to {@code "SEVERE"} and expects {@code ENUM_UNKNOWN} at
 * {@code /tier}.
 */
public enum RecordMutation implements Labelled {
  /** An unknown top-level field {@code colour}. */
  UNKNOWN_FIELD("多余字段", "an unknown field", ProblemCode.UNKNOWN_FIELD, "/colour", null,
      (tree, decidedOn) -> tree.put("colour", "red")),
  /** {@code decision.content} removed. */
  CONTENT_MISSING("缺少处理内容", "decision content missing", ProblemCode.REQUIRED, "/decision/content", null,
      (tree, decidedOn) -> decision(tree).remove("content")),
  /** A tier that is not one of MINOR, GENERAL, SERIOUS. */
  TIER_UNKNOWN("未知失信程度", "an unknown tier", ProblemCode.ENUM_UNKNOWN, "/tier", null,
      (tree, decidedOn) -> tree.put("tier", "SEVERE")),
  /** A tier given as a number. */
  TIER_NOT_TEXT("失信程度类型错误", "a tier that is a number", ProblemCode.TYPE, "/tier", null,
      (tree, decidedOn) -> tree.put("tier", 3)),
  /** A subject name of 201 characters (limit 200). */
  NAME_TOO_LONG("主体名称过长", "a subject name over 200 characters", ProblemCode.LENGTH, "/subject/name", null,
      (tree, decidedOn) -> ((ObjectNode) tree.get("subject")).put("name", "名".repeat(201))),
  /**
   * {@code actEndedOn} one day after the decision; reported at the field that should be the later one (SPEC §3),
   * {@code decision.decidedOn}.
   */
  ACT_ENDED_AFTER_DECISION("行为结束晚于决定", "the act ended after the decision", ProblemCode.DATE_ORDER,
      "/decision/decidedOn", null, (tree, decidedOn) -> tree.put("actEndedOn", decidedOn.plusDays(1).toString())),
  /** A source unit USCC whose check character is wrong (the SPEC's invalid example). */
  USCC_BAD_CHECK("统一社会信用代码校验位错误", "a USCC with a wrong check character", ProblemCode.USCC_CHECKSUM,
      "/source/unitUscc", null, (tree, decidedOn) -> source(tree).put("unitUscc", "911100001000000000")),
  /** A source unit USCC in lower case (never silently upper-cased, R-ID-1). */
  USCC_LOWER_CASE("统一社会信用代码小写", "a USCC in lower case", ProblemCode.USCC_FORMAT, "/source/unitUscc", null,
      (tree, decidedOn) -> source(tree).put("unitUscc", "11230500001755309f")),
  /** An economic loss with three fraction digits (R-ID-5 allows two). */
  MONEY_THREE_DECIMALS("金额小数位过多", "money with three decimals", ProblemCode.MONEY_INVALID,
      "/impact/economicLoss", null,
      (tree, decidedOn) -> tree.putObject("impact").put("economicLoss", "12.345")),
  /** A five-digit jurisdiction. */
  JURISDICTION_FIVE_DIGITS("管辖区划格式错误", "a five-digit jurisdiction", ProblemCode.DIVISION_FORMAT,
      "/jurisdiction", null, (tree, decidedOn) -> tree.put("jurisdiction", "61102")),
  /** An event the day before the decision. */
  EVENT_BEFORE_DECISION("事件早于决定", "an event before the decision", ProblemCode.EVENT_ORDER, "/events/0/on", null,
      (tree, decidedOn) -> tree.putArray("events").addObject().put("type", "RECTIFICATION_COMPLETED")
          .put("on", decidedOn.minusDays(1).toString())),
  /** An objection resolved that was never filed. */
  RESOLVED_WITHOUT_OBJECTION("无异议而处理", "an objection resolved that was never filed",
      ProblemCode.EVENT_INCONSISTENT, "/events/0", null,
      (tree, decidedOn) -> tree.putArray("events").addObject().put("type", "OBJECTION_RESOLVED")
          .put("on", decidedOn.toString()).put("outcome", "REJECTED")),
  /** A fine on a contract-breach record (only administrative penalties carry fines). */
  FINE_ON_CONTRACT_BREACH("非行政处罚带罚款", "a fine on a contract breach", ProblemCode.FORBIDDEN_FIELD,
      "/decision/fineAmount", Category.CONTRACT_BREACH,
      (tree, decidedOn) -> decision(tree).put("fineAmount", "100.00")),
  /** An official's ID number with a wrong check character (R-ID-2). */
  ID_BAD_CHECK("身份证号校验位错误", "an ID number with a wrong check character", ProblemCode.ID_CHECKSUM,
      "/subject/idNumber", Category.DISCIPLINARY_SANCTION, (tree, decidedOn) -> {
        ObjectNode subject = (ObjectNode) tree.get("subject");
        String id = subject.get("idNumber").asText();
        char wrong = id.charAt(17) == '0' ? '1' : '0';
        subject.put("idNumber", id.substring(0, 17) + wrong);
      }),
  /** An official born the day after the decision (R-ID-2: the birth date must not be after decidedOn). */
  BORN_AFTER_DECISION("出生日期晚于决定", "born after the decision", ProblemCode.ID_BIRTHDATE, "/subject/idNumber",
      Category.DISCIPLINARY_SANCTION, (tree, decidedOn) -> {
        LocalDate birth = decidedOn.plusDays(1);
        String body = String.format(Locale.ROOT, "110105%04d%02d%02d123", birth.getYear(), birth.getMonthValue(),
            birth.getDayOfMonth());
        ((ObjectNode) tree.get("subject")).put("idNumber", body + CitizenIdNumber.checkCharacter(body));
      }),
  /** A government WARNING combined to 49 months (at most 48, 公职人员政务处分法 Art. 15). */
  SANCTION_49_MONTHS("处分期间超过48个月", "a sanction period of 49 months", ProblemCode.SANCTION_PERIOD_INVALID,
      "/decision/sanction/periodMonths", Category.DISCIPLINARY_SANCTION,
      (tree, decidedOn) -> decision(tree).putObject("sanction").put("system", "GOVERNMENT").put("type", "WARNING")
          .put("periodMonths", 49));

  private final String zh;
  private final String en;
  private final ProblemCode code;
  private final String path;
  private final Category category;
  private final BiConsumer<ObjectNode, LocalDate> change;

  RecordMutation(String zh, String en, ProblemCode code, String path, Category category,
      BiConsumer<ObjectNode, LocalDate> change) {
    this.zh = zh;
    this.en = en;
    this.code = code;
    this.path = path;
    this.category = category;
    this.change = change;
  }

  /** The ERROR the validator must report. */
  public ProblemCode code() {
    return code;
  }

  /** Where (JSON Pointer), e.g. {@code /decision/sanction/periodMonths}. */
  public String path() {
    return path;
  }

  /** The expected problem as {@code CODE@path}, e.g. {@code TYPE@/tier}. */
  public List<String> expected() {
    return List.of(code.name() + "@" + path);
  }

  /** The category the base record must have for this mutation to apply; empty when any will do. */
  public Optional<Category> requiredCategory() {
    return Optional.ofNullable(category);
  }

  /** Applies the mutation to a canonical record tree (changed in place) whose decision date is {@code decidedOn}. */
  public void apply(ObjectNode tree, LocalDate decidedOn) {
    change.accept(tree, decidedOn);
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }

  private static ObjectNode decision(ObjectNode tree) {
    return (ObjectNode) tree.get("decision");
  }

  private static ObjectNode source(ObjectNode tree) {
    return (ObjectNode) tree.get("source");
  }
}
