package org.chengxin.formats.internal;

import static org.chengxin.formats.internal.PenaltyColumns.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chengxin.core.PenaltyType;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Record;
import org.chengxin.core.Severity;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.chengxin.formats.RecordValidator;

/**
 * The 双公示 administrative-penalty templates (SPEC §6 R-CSV) → ADMINISTRATIVE_PENALTY record trees. Every rule
 * is listed in docs/csv.md; problems name the row and the Chinese column.
 */
public final class PenaltyLayout implements TableLayout {

  /** 处罚类别 names (行政处罚法 Art. 9) → codes. */
  static final Map<String, PenaltyType> TYPE_NAMES = new LinkedHashMap<>();

  static {
    TYPE_NAMES.put("警告", PenaltyType.WARNING_NOTICE);
    TYPE_NAMES.put("通报批评", PenaltyType.CIRCULATED_CRITICISM);
    TYPE_NAMES.put("罚款", PenaltyType.FINE);
    TYPE_NAMES.put("没收违法所得", PenaltyType.CONFISCATION);
    TYPE_NAMES.put("没收非法财物", PenaltyType.CONFISCATION);
    TYPE_NAMES.put("没收违法所得、没收非法财物", PenaltyType.CONFISCATION);
    TYPE_NAMES.put("暂扣许可证件", PenaltyType.LICENCE_SUSPENSION);
    TYPE_NAMES.put("降低资质等级", PenaltyType.QUALIFICATION_DOWNGRADE);
    TYPE_NAMES.put("吊销许可证件", PenaltyType.LICENCE_REVOCATION);
    TYPE_NAMES.put("吊销营业执照", PenaltyType.LICENCE_REVOCATION);
    TYPE_NAMES.put("限制开展生产经营活动", PenaltyType.BUSINESS_RESTRICTION);
    TYPE_NAMES.put("责令停产停业", PenaltyType.BUSINESS_RESTRICTION);
    TYPE_NAMES.put("责令关闭", PenaltyType.BUSINESS_RESTRICTION);
    TYPE_NAMES.put("限制从业", PenaltyType.BUSINESS_RESTRICTION);
    TYPE_NAMES.put("行政拘留", PenaltyType.DETENTION);
    TYPE_NAMES.put("其他", PenaltyType.OTHER);
  }

  private static final Map<String, Tier> TIERS = Map.of("轻微", Tier.MINOR, "一般", Tier.GENERAL, "严重",
      Tier.SERIOUS);
  private static final Map<String, SubjectKind> KINDS = Map.of("人民政府", SubjectKind.GOVERNMENT, "政府部门",
      SubjectKind.DEPARTMENT, "事业单位", SubjectKind.PUBLIC_INSTITUTION, "基层自治组织",
      SubjectKind.GRASSROOTS_ORGANISATION, "管委会", SubjectKind.DEVELOPMENT_ZONE);

  private static final Pattern TYPE_SEPARATORS = Pattern.compile("[;；]");
  private static final Pattern SLASH_DATE = Pattern.compile("[0-9]{4}/[0-9]{2}/[0-9]{2}");
  private static final Pattern DASH_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern WAN_YUAN = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
  private static final int MAX_WAN_YUAN_DECIMALS = 6;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** JSON Pointer prefixes → the column that holds the value; longest prefix wins. */
  private final Map<String, String> columnOf = new HashMap<>();

  private final RecordValidator validator;
  private final DisclosureEnd disclosureEnd;
  private boolean natural;
  private HeaderCheck header;

  public PenaltyLayout(RecordValidator validator, DisclosureEnd disclosureEnd) {
    this.validator = validator;
    this.disclosureEnd = disclosureEnd;
  }

  @Override
  public List<Problem> header(List<String> cells) {
    natural = PenaltyColumns.isNatural(cells);
    List<String> template = natural ? NATURAL : LEGAL;
    List<String> known = new ArrayList<>(template);
    known.addAll(EXTRA);
    List<String> required = new ArrayList<>(template);
    if (natural) {
      known.addAll(EXTRA_NATURAL);
      required.addAll(EXTRA_NATURAL);
    }
    header = new HeaderCheck(cells, known, required, PenaltyColumns::normalise);
    columnOf.clear();
    columnOf.put("/recordId", DOCUMENT);
    columnOf.put("/jurisdiction", JURISDICTION);
    columnOf.put("/tier", TIER);
    columnOf.put("/publishedOn", PUBLISHED);
    columnOf.put("/subject/kind", KIND);
    columnOf.put("/subject/name", NAME);
    columnOf.put("/subject/uscc", USCC);
    columnOf.put("/subject/divisionCode", USCC);
    columnOf.put("/subject/principalName", PRINCIPAL);
    columnOf.put("/subject/idNumber", ID_NUMBER);
    columnOf.put("/subject/employerName", EMPLOYER);
    columnOf.put("/subject/employerUscc", EMPLOYER_USCC);
    columnOf.put("/decision/documentNumber", DOCUMENT);
    columnOf.put("/decision/authorityName", AUTHORITY);
    columnOf.put("/decision/authorityUscc", AUTHORITY_USCC);
    columnOf.put("/decision/decidedOn", DECIDED);
    columnOf.put("/decision/facts", FACTS);
    columnOf.put("/decision/basis", BASIS);
    columnOf.put("/decision/content", CONTENT);
    columnOf.put("/decision/penaltyTypes", TYPES);
    columnOf.put("/decision/fineAmount", FINE);
    columnOf.put("/decision/confiscatedAmount", CONFISCATED);
    columnOf.put("/source/unit", SOURCE);
    columnOf.put("/source/unitUscc", SOURCE_USCC);
    columnOf.put("/source/submittedAt", DECIDED);
    return header.problems;
  }

  /** The trimmed, formula-unescaped cell of a column ("" when absent). */
  private String cell(TableRow row, String column) {
    return Cells.unescape(header.cell(row.cells, column).strip());
  }

  @Override
  public Mapped map(TableRow row) {
    List<Problem> problems = new ArrayList<>();
    ObjectNode tree = NODES.objectNode();
    String document = cell(row, DOCUMENT);
    String code = cell(row, natural ? ID_NUMBER : USCC);
    String recordId = recordId(document, code);
    tree.put("schemaVersion", Record.SCHEMA_VERSION);
    tree.put("recordId", recordId);

    String ownUscc = natural ? cell(row, EMPLOYER_USCC) : code;
    String jurisdiction = cell(row, JURISDICTION);
    if (jurisdiction.isEmpty()) {
      jurisdiction = divisionOf(ownUscc);
    }
    text(tree, "jurisdiction", jurisdiction);

    ObjectNode subject = tree.putObject("subject");
    String kind = cell(row, KIND);
    if (natural) {
      if (kind.isEmpty() || kind.equals(SubjectKind.PUBLIC_OFFICIAL.zh())) {
        subject.put("kind", SubjectKind.PUBLIC_OFFICIAL.name());
      } else {
        problems.add(unknown(row, KIND, "/subject/kind", kind, "自然人模板的主体类型只能是 公职人员",
            "the natural-person template's subject kind can only be 公职人员"));
      }
    } else if (!kind.isEmpty()) {
      SubjectKind k = KINDS.get(kind);
      if (k == null) {
        problems.add(unknown(row, KIND, "/subject/kind", kind, "可选值：人民政府、政府部门、事业单位、基层自治组织、管委会",
            "one of 人民政府, 政府部门, 事业单位, 基层自治组织, 管委会"));
      } else {
        subject.put("kind", k.name());
      }
    } else if (code.startsWith("11")) {
      subject.put("kind", SubjectKind.DEPARTMENT.name());
    } else if (code.startsWith("12")) {
      subject.put("kind", SubjectKind.PUBLIC_INSTITUTION.name());
    }
    text(subject, "name", cell(row, NAME));
    if (natural) {
      text(subject, "idNumber", code);
      text(subject, "employerName", cell(row, EMPLOYER));
      text(subject, "employerUscc", ownUscc);
    } else {
      text(subject, "uscc", code);
      text(subject, "divisionCode", divisionOf(code));
      text(subject, "principalName", cell(row, PRINCIPAL));
    }
    tree.put("category", "ADMINISTRATIVE_PENALTY");

    String tier = cell(row, TIER);
    if (tier.isEmpty()) {
      tree.put("tier", Tier.GENERAL.name());
    } else if (TIERS.containsKey(tier)) {
      tree.put("tier", TIERS.get(tier).name());
    } else {
      problems.add(unknown(row, TIER, "/tier", tier, "可选值：轻微、一般、严重", "one of 轻微, 一般, 严重"));
    }

    ObjectNode decision = tree.putObject("decision");
    text(decision, "documentNumber", document);
    text(decision, "authorityName", cell(row, AUTHORITY));
    text(decision, "authorityUscc", cell(row, AUTHORITY_USCC));
    String decided = date(cell(row, DECIDED));
    text(decision, "decidedOn", decided);
    text(decision, "facts", cell(row, FACTS));
    text(decision, "basis", cell(row, BASIS));
    text(decision, "content", cell(row, CONTENT));
    penaltyTypes(row, decision, problems);
    money(row, FINE, decision, "fineAmount", problems);
    money(row, CONFISCATED, decision, "confiscatedAmount", problems);

    text(tree, "publishedOn", date(cell(row, PUBLISHED)));
    ObjectNode source = tree.putObject("source");
    text(source, "unit", cell(row, SOURCE));
    text(source, "unitUscc", cell(row, SOURCE_USCC));
    if (DASH_DATE.matcher(decided).matches()) {
      source.put("submittedAt", decided + "T00:00:00+08:00");
    }

    LocalDate validUntil = ownDate(row, VALID_UNTIL, problems);
    LocalDate disclosureEndCell = ownDate(row, DISCLOSURE_END, problems);
    List<String> reported = new ArrayList<>();
    problems.forEach(p -> reported.add(p.path()));
    for (Problem p : validator.validate(tree)) {
      if (p.path().startsWith("/source/submittedAt") || p.code() == ProblemCode.REQUIRED
          && reported.stream().anyMatch(r -> !r.isEmpty() && r.startsWith(p.path()))) {
        continue; // derived from 处罚决定日期, or a cell whose bad value was reported above
      }
      problems.add(p.atRow(row.row, field(p.path())));
    }
    if (validUntil != null && DASH_DATE.matcher(decided).matches() && validUntil.isBefore(parse(decided))) {
      problems.add(Problem.of(ProblemCode.DATE_ORDER, "", validUntil.toString(), DECIDED + " " + decided,
          "decidedOn " + decided).atRow(row.row, VALID_UNTIL));
    }
    if (disclosureEndCell != null && noError(problems)) {
      disclosureEnd.check(RecordBinder.bind(tree), disclosureEndCell)
          .ifPresent(p -> problems.add(p.atRow(row.row, DISCLOSURE_END)));
    }
    problems.replaceAll(p -> p.forRecord(recordId));
    return new Mapped(tree, recordId, problems);
  }

  private static boolean noError(List<Problem> problems) {
    for (Problem p : problems) {
      if (p.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /** The column of a JSON Pointer (the longest mapped prefix), or null. */
  private String field(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      String c = columnOf.get(p);
      if (c != null) {
        return c;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return null;
  }

  /**
   * {@code CF-} + the first 16 lower-case hex digits of SHA-256 over UTF-8 {@code 文号|代码}.
   * {@code recordId("柞政罚〔2024〕12号", "11610000MB0000000X")}.
   */
  public static String recordId(String documentNumber, String code) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest((documentNumber + "|" + code).getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder("CF-");
      for (int i = 0; i < 8; i++) {
        sb.append(Character.forDigit((h[i] >> 4) & 0xF, 16)).append(Character.forDigit(h[i] & 0xF, 16));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** Characters 3–8 of a USCC when they are six digits, else "". */
  static String divisionOf(String uscc) {
    if (uscc.length() < 8) {
      return "";
    }
    String d = uscc.substring(2, 8);
    return SIX_DIGITS.matcher(d).matches() ? d : "";
  }

  /** {@code YYYY/MM/DD} as {@code YYYY-MM-DD}; anything else unchanged (the validator judges it). */
  static String date(String cell) {
    return SLASH_DATE.matcher(cell).matches() ? cell.replace('/', '-') : cell;
  }

  private static LocalDate parse(String isoDate) {
    try {
      return LocalDate.parse(isoDate);
    } catch (DateTimeParseException e) {
      return LocalDate.MIN;
    }
  }

  /** A date column with no canonical field (处罚有效期, 公示截止期): checked here; null when empty or bad. */
  private LocalDate ownDate(TableRow row, String column, List<Problem> problems) {
    String raw = cell(row, column);
    if (raw.isEmpty()) {
      return null;
    }
    String d = date(raw);
    if (DASH_DATE.matcher(d).matches()) {
      try {
        return LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    problems.add(Problem.of(ProblemCode.DATE_INVALID, "", raw, "应为 YYYY-MM-DD 或 YYYY/MM/DD",
        "expected YYYY-MM-DD or YYYY/MM/DD").atRow(row.row, column));
    return null;
  }

  private void penaltyTypes(TableRow row, ObjectNode decision, List<Problem> problems) {
    String raw = cell(row, TYPES);
    Set<PenaltyType> types = new LinkedHashSet<>();
    int i = 0;
    for (String part : TYPE_SEPARATORS.split(raw, -1)) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      PenaltyType t = TYPE_NAMES.get(name);
      if (t == null) {
        problems.add(Problem.of(ProblemCode.ENUM_UNKNOWN, "/decision/penaltyTypes/" + i, name,
            "处罚类别应为行政处罚法第九条的名称，多个以 ; 或 ； 分隔",
            "处罚类别 takes the names of 行政处罚法 Art. 9, several separated by ; or ；")
            .atRow(row.row, TYPES));
      } else {
        types.add(t);
      }
      i++;
    }
    if (!types.isEmpty() || i > 0) {
      ArrayNode a = decision.putArray("penaltyTypes");
      types.forEach(t -> a.add(t.name()));
      if (types.isEmpty()) {
        decision.remove("penaltyTypes"); // every name was unknown: already reported
      }
    }
  }

  /** A 万元 amount → yuan with 2 decimals, exactly; more than 6 decimals or not a plain decimal → MONEY_INVALID. */
  private void money(TableRow row, String column, ObjectNode decision, String field, List<Problem> problems) {
    String raw = cell(row, column);
    if (raw.isEmpty()) {
      return;
    }
    BigDecimal yuan = wanYuanToYuan(raw);
    if (yuan == null) {
      problems.add(Problem.of(ProblemCode.MONEY_INVALID, "/decision/" + field, raw,
          "万元金额应为非负十进制数，最多 6 位小数", "an amount in 万元 is a non-negative decimal with at most 6 decimals")
          .atRow(row.row, column));
    } else {
      decision.put(field, yuan.toPlainString());
    }
  }

  /**
   * 万元 → yuan, exact: {@code "1.5"} → {@code 15000.00}, {@code "0.000001"} → {@code 0.01}; null when the text
   * is not a plain non-negative decimal with at most 6 decimals.
   */
  public static BigDecimal wanYuanToYuan(String wanYuan) {
    if (!WAN_YUAN.matcher(wanYuan).matches()) {
      return null;
    }
    BigDecimal v = new BigDecimal(wanYuan);
    if (v.scale() > MAX_WAN_YUAN_DECIMALS) {
      return null;
    }
    return v.movePointRight(4).setScale(2); // exact: at most 6 - 4 = 2 decimals remain
  }

  /** Yuan → 万元 without trailing zeros: {@code 15000.00} → {@code "1.5"}, {@code 0.01} → {@code "0.000001"}. */
  public static String yuanToWanYuan(BigDecimal yuan) {
    BigDecimal w = yuan.movePointLeft(4).stripTrailingZeros();
    return w.signum() == 0 ? "0" : w.scale() < 0 ? w.setScale(0).toPlainString() : w.toPlainString();
  }

  private static Problem unknown(TableRow row, String column, String path, String value, String zh,
      String en) {
    return Problem.of(ProblemCode.ENUM_UNKNOWN, path, value, zh, en).atRow(row.row, column);
  }

  private static void text(ObjectNode o, String name, String value) {
    if (!value.isEmpty()) {
      o.put(name, value);
    }
  }

  /** Whether this table is the natural-person template (known after {@link #header}). */
  boolean natural() {
    return natural;
  }
}
