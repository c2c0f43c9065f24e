package org.chengxin.formats.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.chengxin.core.Category;
import org.chengxin.core.DivisionRegistry;
import org.chengxin.core.JurisdictionUnits;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Record;
import org.chengxin.core.SubjectKind;

/**
 * One validation of one record tree (SPEC §3, §8): collects every problem, never stops at the first, never
 * throws. Create one per record.
 */
public final class RecordWalk {

  /** The top-level fields, in canonical order (SPEC §3.1). */
  public static final List<String> TOP = List.of("schemaVersion", "recordId", "jurisdiction", "subject",
      "category", "domain", "tier", "decision", "impact", "actEndedOn", "rectificationDueOn",
      "disclosureRestriction", "publishedOn", "events", "source");
  /** The subject fields, in canonical order (SPEC §3.2). */
  public static final List<String> SUBJECT = List.of("kind", "name", "uscc", "level", "divisionCode",
      "idNumber", "employerName", "employerUscc", "position", "civilServant", "principalName");
  /** The source fields (SPEC §3.1). */
  public static final List<String> SOURCE = List.of("unit", "unitUscc", "submittedAt");
  /** The impact fields (SPEC §3.1). */
  public static final List<String> IMPACT = List.of("economicLoss", "socialImpact");

  private static final Set<String> TOP_SET = Set.copyOf(TOP);
  private static final Set<String> SUBJECT_SET = Set.copyOf(SUBJECT);
  private static final Set<String> SOURCE_SET = Set.copyOf(SOURCE);
  private static final Set<String> IMPACT_SET = Set.copyOf(IMPACT);

  /** Longest names (SPEC §3.2 for {@code name}; Chengxin's default for the other names). */
  static final int NAME_MAX = 200;
  /** Longest free texts (SPEC §3.5 for facts, basis, content; Chengxin's default for the others). */
  static final int TEXT_MAX = 4000;

  private final JurisdictionUnits units;
  private final Set<String> divisions;
  final Findings f = new Findings();
  SubjectKind kind;
  Category category;
  LocalDate decidedOn;
  private LocalDate birthDate;

  /**
   * A walk.
   *
   * @param divisions the known division codes (a hash set: see {@link #knownDivisions})
   */
  public RecordWalk(JurisdictionUnits units, Set<String> divisions) {
    this.units = units;
    this.divisions = divisions;
  }

  /**
   * The codes of a registry as a read-only set whose {@code contains} is the registry's {@code isKnown} (a binary
   * search over the codes as numbers): nothing is copied, and no name is read.
   */
  public static Set<String> knownDivisions(DivisionRegistry registry) {
    return new KnownDivisions(registry);
  }

  static final class KnownDivisions extends java.util.AbstractSet<String> {
    final DivisionRegistry registry;

    KnownDivisions(DivisionRegistry registry) {
      this.registry = registry;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof String && registry.isKnown((String) o);
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return registry.codes().keySet().iterator();
    }

    @Override
    public int size() {
      return registry.codes().size();
    }
  }

  /** Validates a record tree and returns its problems. */
  public List<Problem> validate(JsonNode root) {
    if (root == null || !f.object(root, "", TOP_SET)) {
      return f.problems();
    }
    JsonNode v = f.field(root, "schemaVersion", "/schemaVersion", true);
    if (v != null) {
      String s = f.string(v, "/schemaVersion");
      if (s != null && !s.equals(Record.SCHEMA_VERSION)) {
        f.add(ProblemCode.ENUM_UNKNOWN, "/schemaVersion", Syntax.clip(s), "仅支持 \"1.0\"", "expected \"1.0\"");
      }
    }
    String id = f.text(root, "recordId", "/recordId", true, 1, Syntax.RECORD_ID_MAX);
    if (id != null && !Syntax.isRecordIdCharset(id)) {
      f.add(ProblemCode.LENGTH, "/recordId", Syntax.clip(id), "只能包含 [A-Za-z0-9._:-]",
          "only the characters [A-Za-z0-9._:-] are allowed");
    }
    jurisdiction(root);
    JsonNode subject = f.field(root, "subject", "/subject", true);
    if (subject != null) {
      subject(subject);
    }
    category = f.code(root, "category", "/category", true, EnumCodes.CATEGORY);
    if (category != null && kind != null && !fits(category, kind)) {
      f.add(ProblemCode.CATEGORY_MISMATCH, "/category", category.name(),
          "类别 " + category.name() + " 不适用于主体类型 " + kind.name(),
          "category " + category.name() + " does not apply to a subject of kind " + kind.name());
    }
    f.code(root, "domain", "/domain", false, EnumCodes.DOMAIN);
    f.code(root, "tier", "/tier", true, EnumCodes.TIER);
    JsonNode decision = f.field(root, "decision", "/decision", true);
    if (decision != null) {
      new DecisionWalk(this).decision(decision);
    }
    JsonNode impact = f.field(root, "impact", "/impact", false);
    if (impact != null && f.object(impact, "/impact", IMPACT_SET)) {
      f.money(impact, "economicLoss", "/impact/economicLoss");
      f.code(impact, "socialImpact", "/impact/socialImpact", false, EnumCodes.SOCIAL_IMPACT);
    }
    LocalDate actEndedOn = f.date(root, "actEndedOn", "/actEndedOn", false);
    f.date(root, "rectificationDueOn", "/rectificationDueOn", false);
    f.code(root, "disclosureRestriction", "/disclosureRestriction", false, EnumCodes.DISCLOSURE);
    LocalDate publishedOn = f.date(root, "publishedOn", "/publishedOn", false);
    JsonNode events = f.field(root, "events", "/events", false);
    if (events != null) {
      new EventWalk(this).events(events);
    }
    JsonNode source = f.field(root, "source", "/source", true);
    if (source != null && f.object(source, "/source", SOURCE_SET)) {
      f.text(source, "unit", "/source/unit", true, 1, NAME_MAX);
      f.uscc(source, "unitUscc", "/source/unitUscc", true);
      f.instant(source, "submittedAt", "/source/submittedAt", true);
    }
    if (decidedOn != null) {
      dateOrder(actEndedOn, publishedOn);
    }
    return f.problems();
  }

  private void dateOrder(LocalDate actEndedOn, LocalDate publishedOn) {
    if (publishedOn != null && publishedOn.isBefore(decidedOn)) {
      notBefore("/publishedOn", publishedOn, "/decision/decidedOn", decidedOn);
    }
    // actEndedOn ≤ decidedOn: the later field of this constraint is decidedOn, so it is reported there.
    if (actEndedOn != null && actEndedOn.isAfter(decidedOn)) {
      notBefore("/decision/decidedOn", decidedOn, "/actEndedOn", actEndedOn);
    }
    if (birthDate != null && birthDate.isAfter(decidedOn)) {
      f.add(ProblemCode.ID_BIRTHDATE, "/subject/idNumber", null,
          "出生日期晚于决定日 " + decidedOn, "the birth date is after the decision date " + decidedOn);
    }
  }

  /** Reports DATE_ORDER at {@code path}, whose date must not be before {@code otherPath}'s. */
  void notBefore(String path, LocalDate value, String otherPath, LocalDate other) {
    f.add(ProblemCode.DATE_ORDER, path, value.toString(), otherPath + "（" + other + "）",
        otherPath + " (" + other + ")");
  }

  private void jurisdiction(JsonNode root) {
    JsonNode v = f.field(root, "jurisdiction", "/jurisdiction", true);
    String s = v == null ? null : f.string(v, "/jurisdiction");
    if (s == null) {
      return;
    }
    if (Syntax.isSixDigits(s)) {
      if (!divisions.contains(s)) {
        f.add(ProblemCode.DIVISION_UNKNOWN, "/jurisdiction", s, "", "");
      }
    } else if (Syntax.isUnitCode(s)) {
      if (units.unit(s).isEmpty()) {
        f.add(ProblemCode.DIVISION_UNKNOWN, "/jurisdiction", s, "", "");
      }
    } else {
      f.add(ProblemCode.DIVISION_FORMAT, "/jurisdiction", Syntax.clip(s),
          "应为 6 位区划代码或非标准单元代码 [A-Z][A-Z0-9_]{1,31}",
          "expected a 6-digit division code or a unit code [A-Z][A-Z0-9_]{1,31}");
    }
  }

  private void subject(JsonNode s) {
    if (!f.object(s, "/subject", SUBJECT_SET)) {
      return;
    }
    kind = f.code(s, "kind", "/subject/kind", true, EnumCodes.SUBJECT_KIND);
    f.text(s, "name", "/subject/name", true, 1, NAME_MAX);
    boolean official = kind == SubjectKind.PUBLIC_OFFICIAL;
    boolean organisation = kind != null && !official;
    if (official) {
      forbidFor(s, "uscc", "level", "principalName");
    } else if (organisation) {
      forbidFor(s, "idNumber", "employerName", "employerUscc", "position", "civilServant");
    }
    if (!official) {
      String uscc = f.uscc(s, "uscc", "/subject/uscc", organisation);
      if (uscc != null && kind != null) {
        usccKind(uscc);
      }
      f.code(s, "level", "/subject/level", false, EnumCodes.LEVEL);
      f.text(s, "principalName", "/subject/principalName", false, 1, NAME_MAX);
    }
    JsonNode dc = f.field(s, "divisionCode", "/subject/divisionCode", organisation);
    String code = dc == null ? null : f.string(dc, "/subject/divisionCode");
    if (code != null) {
      if (!Syntax.isSixDigits(code)) {
        f.add(ProblemCode.DIVISION_FORMAT, "/subject/divisionCode", Syntax.clip(code), "应为 6 位数字",
            "expected 6 digits");
      } else if (!divisions.contains(code)) {
        f.add(ProblemCode.DIVISION_UNKNOWN, "/subject/divisionCode", code, "", "");
      }
    }
    if (!organisation) {
      String id = f.idNumber(s, "idNumber", "/subject/idNumber", official);
      if (id != null) {
        birthDate = Syntax.birthDate(id);
      }
      f.text(s, "employerName", "/subject/employerName", official, 1, NAME_MAX);
      f.uscc(s, "employerUscc", "/subject/employerUscc", official);
      f.text(s, "position", "/subject/position", false, 1, NAME_MAX);
      f.bool(s, "civilServant", "/subject/civilServant", false);
    }
  }

  private void forbidFor(JsonNode s, String... names) {
    String zh = "不适用于主体类型 " + kind.name();
    String en = "not for a subject of kind " + kind.name();
    for (String name : names) {
      f.forbid(s, name, "/subject/" + name, zh, en);
    }
  }

  /** R-ID-4: GOVERNMENT and DEPARTMENT codes start 11, PUBLIC_INSTITUTION codes 12. */
  private void usccKind(String uscc) {
    String expected = kind == SubjectKind.GOVERNMENT || kind == SubjectKind.DEPARTMENT ? "11"
        : kind == SubjectKind.PUBLIC_INSTITUTION ? "12" : null;
    if (expected != null && !uscc.startsWith(expected)) {
      f.add(ProblemCode.USCC_KIND_MISMATCH, "/subject/uscc", uscc,
          "主体类型 " + kind.name() + " 的统一社会信用代码应以 " + expected + " 开头",
          "a subject of kind " + kind.name() + " should have a code starting with " + expected);
    }
  }

  /** SPEC §3.3: which categories apply to which subjects. */
  static boolean fits(Category category, SubjectKind kind) {
    switch (category) {
      case DISCIPLINARY_SANCTION:
      case ACCOUNTABILITY:
        return kind == SubjectKind.PUBLIC_OFFICIAL;
      case DISHONEST_JUDGMENT_DEBTOR:
      case CONTRACT_BREACH:
      case PAYMENT_ARREARS:
        return kind.isOrganisation();
      default:
        return true;
    }
  }
}
