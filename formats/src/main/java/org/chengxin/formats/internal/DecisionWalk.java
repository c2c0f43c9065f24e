package org.chengxin.formats.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.chengxin.core.Category;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.SanctionSystem;
import org.chengxin.core.SanctionType;

/** Validates {@code /decision} and its sanction (SPEC §3.5, §3.5.1). */
final class DecisionWalk {

  /** The decision fields, in canonical order. */
  static final List<String> DECISION = List.of("documentNumber", "authorityName", "authorityUscc", "decidedOn",
      "effectiveOn", "facts", "basis", "content", "penaltyTypes", "fineAmount", "confiscatedAmount",
      "simpleProcedure", "sanction");
  /** The sanction fields, in canonical order. */
  static final List<String> SANCTION = List.of("system", "type", "periodMonths");

  private static final Set<String> DECISION_SET = Set.copyOf(DECISION);
  private static final Set<String> SANCTION_SET = Set.copyOf(SANCTION);
  private static final List<String> PENALTY_ONLY =
      List.of("penaltyTypes", "fineAmount", "confiscatedAmount", "simpleProcedure");
  /** The largest combined period of 政务处分 (政务处分法 Art. 15). */
  private static final int MAX_COMBINED_MONTHS = 48;

  private final RecordWalk walk;
  private final Findings f;

  DecisionWalk(RecordWalk walk) {
    this.walk = walk;
    this.f = walk.f;
  }

  void decision(JsonNode d) {
    if (!f.object(d, "/decision", DECISION_SET)) {
      return;
    }
    f.text(d, "documentNumber", "/decision/documentNumber", true, 1, 100);
    f.text(d, "authorityName", "/decision/authorityName", true, 1, RecordWalk.NAME_MAX);
    f.uscc(d, "authorityUscc", "/decision/authorityUscc", true);
    LocalDate decidedOn = f.date(d, "decidedOn", "/decision/decidedOn", true);
    LocalDate effectiveOn = f.date(d, "effectiveOn", "/decision/effectiveOn", false);
    if (decidedOn != null && effectiveOn != null && effectiveOn.isBefore(decidedOn)) {
      walk.notBefore("/decision/effectiveOn", effectiveOn, "/decision/decidedOn", decidedOn);
    }
    walk.decidedOn = decidedOn;
    f.text(d, "facts", "/decision/facts", false, 1, RecordWalk.TEXT_MAX);
    f.text(d, "basis", "/decision/basis", false, 1, RecordWalk.TEXT_MAX);
    f.text(d, "content", "/decision/content", true, 1, RecordWalk.TEXT_MAX);
    Category c = walk.category;
    boolean penalty = c == Category.ADMINISTRATIVE_PENALTY;
    boolean sanctioned = c == Category.DISCIPLINARY_SANCTION || c == Category.ACCOUNTABILITY;
    boolean penaltyForbidden = false;
    if (c != null && !penalty) {
      for (String name : PENALTY_ONLY) {
        penaltyForbidden |= f.forbid(d, name, "/decision/" + name, "仅适用于类别 ADMINISTRATIVE_PENALTY",
            "only for the category ADMINISTRATIVE_PENALTY");
      }
    }
    if (!penaltyForbidden) {
      penaltyTypes(d, penalty);
      f.money(d, "fineAmount", "/decision/fineAmount");
      f.money(d, "confiscatedAmount", "/decision/confiscatedAmount");
      f.bool(d, "simpleProcedure", "/decision/simpleProcedure", false);
    }
    if (c != null && !sanctioned) {
      if (f.forbid(d, "sanction", "/decision/sanction", "仅适用于类别 DISCIPLINARY_SANCTION 和 ACCOUNTABILITY",
          "only for the categories DISCIPLINARY_SANCTION and ACCOUNTABILITY")) {
        return;
      }
    }
    JsonNode s = f.field(d, "sanction", "/decision/sanction", sanctioned);
    if (s != null) {
      sanction(s, c);
    }
  }

  private void penaltyTypes(JsonNode d, boolean required) {
    JsonNode v = f.field(d, "penaltyTypes", "/decision/penaltyTypes", required);
    if (v == null) {
      return;
    }
    if (!v.isArray()) {
      f.type("/decision/penaltyTypes", v, "数组", "an array");
      return;
    }
    if (v.isEmpty()) {
      f.add(ProblemCode.REQUIRED, "/decision/penaltyTypes", null, "至少需要一种处罚种类",
          "at least one penalty type is required");
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      String path = "/decision/penaltyTypes/" + i;
      if (item.isNull()) {
        f.type(path, item, "字符串", "a string");
      } else {
        f.code(item, path, EnumCodes.PENALTY_TYPE);
      }
    }
  }

  private void sanction(JsonNode s, Category c) {
    if (!f.object(s, "/decision/sanction", SANCTION_SET)) {
      return;
    }
    SanctionSystem system = f.code(s, "system", "/decision/sanction/system", true, EnumCodes.SANCTION_SYSTEM);
    SanctionType type = f.code(s, "type", "/decision/sanction/type", true, EnumCodes.SANCTION_TYPE);
    if (system != null && type != null && type.system() != system) {
      f.add(ProblemCode.ENUM_UNKNOWN, "/decision/sanction/type", type.name(),
          "不是 " + system.name() + " 体系的处分", "not a sanction of the system " + system.name());
    }
    if (system != null && c != null) {
      boolean ok = c == Category.DISCIPLINARY_SANCTION
          ? system == SanctionSystem.GOVERNMENT || system == SanctionSystem.PARTY
          : c != Category.ACCOUNTABILITY || system == SanctionSystem.ACCOUNTABILITY;
      if (!ok) {
        f.add(ProblemCode.CATEGORY_MISMATCH, "/decision/sanction/system", system.name(),
            "类别 " + c.name() + " 不接受处分体系 " + system.name(),
            "the category " + c.name() + " does not take the sanction system " + system.name());
      }
    }
    periodMonths(s, type);
  }

  /** SPEC §3.5.1: where periodMonths is allowed, required, and which values are valid. */
  private void periodMonths(JsonNode s, SanctionType type) {
    String path = "/decision/sanction/periodMonths";
    if (type != null && !type.allowsPeriodMonths()) {
      f.forbid(s, "periodMonths", path, "处分 " + type.name() + " 不接受 periodMonths",
          "the sanction " + type.name() + " takes no periodMonths");
      return;
    }
    boolean probation = type == SanctionType.PARTY_PROBATION;
    JsonNode v = f.field(s, "periodMonths", path, probation);
    if (v == null) {
      return;
    }
    Long months = integer(v);
    if (months == null) {
      f.type(path, v, "整数", "an integer");
      return;
    }
    if (type == null) {
      return;
    }
    if (probation) {
      if (months != 12 && months != 24) {
        f.add(ProblemCode.SANCTION_PERIOD_INVALID, path, v.asText(), "留党察看为 12 或 24 个月",
            "PARTY_PROBATION is 12 or 24 months");
      }
      return;
    }
    int standard = type.standardMonths().orElse(0);
    if (months < standard || months > MAX_COMBINED_MONTHS) {
      f.add(ProblemCode.SANCTION_PERIOD_INVALID, path, v.asText(),
          "合并期间应在 " + standard + "–" + MAX_COMBINED_MONTHS + " 个月之间（政务处分法第十五条）",
          "a combined period must be " + standard + "–" + MAX_COMBINED_MONTHS + " months (Art. 15)");
    }
  }

  /**
   * The integral value of a number node (12 and 12.0 alike, as JSON Schema's "integer"), clamped to the
   * long range; null when the node is not an integral number.
   */
  private static Long integer(JsonNode v) {
    if (v.isIntegralNumber()) {
      return v.canConvertToLong() ? v.longValue() : v.bigIntegerValue().signum() * Long.MAX_VALUE;
    }
    if (v.isBigDecimal()) {
      java.math.BigDecimal d = v.decimalValue().stripTrailingZeros();
      if (d.scale() > 0) {
        return null;
      }
      if (d.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
        return Long.MAX_VALUE;
      }
      return d.compareTo(java.math.BigDecimal.valueOf(Long.MIN_VALUE)) < 0 ? Long.MIN_VALUE : d.longValueExact();
    }
    if (v.isFloatingPointNumber()) {
      double d = v.doubleValue();
      if (Double.isFinite(d) && d == Math.rint(d)) {
        return (long) d;
      }
    }
    return null;
  }
}
