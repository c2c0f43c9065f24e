package org.chengxin.formats.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.core.CitizenIdNumber;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.UnifiedSocialCreditCode;

/**
 * The problems found in one record, and the field checks shared by every part of the record. One instance
 * per validated record; not thread-safe.
 *
 * <p>Null policy: a JSON {@code null} is never a value. For a required field it is {@code REQUIRED}; for an
 * optional field it is {@code TYPE} (the canonical form omits absent fields, so a null is most likely an
 * export bug, and silently dropping it would hide it).
 */
public final class Findings {

  private final List<Problem> problems = new ArrayList<>(4);
  private boolean error;

  /** Adds a problem. */
  public void add(ProblemCode code, String path, String value, String zh, String en) {
    problems.add(Problem.of(code, path, value, zh, en));
    if (code.severity() == org.chengxin.core.Severity.ERROR) {
      error = true;
    }
  }

  /** Every problem so far, in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  /** Whether any problem so far is an ERROR. */
  public boolean hasError() {
    return error;
  }

  /** Reports a wrong JSON type at a path. */
  public void type(String path, JsonNode found, String zh, String en) {
    String kind = kind(found);
    add(ProblemCode.TYPE, path, null, zh + "（实际为 " + kind + "）", en + " (found " + kind + ")");
  }

  /**
   * Reports each property of an object that is not in {@code allowed} as {@code UNKNOWN_FIELD}.
   *
   * @return false (after reporting {@code TYPE}) when the node is not an object
   */
  public boolean object(JsonNode node, String path, Set<String> allowed) {
    if (!node.isObject()) {
      type(path, node, "对象", "an object");
      return false;
    }
    // Fast path: count the allowed names present (map lookups with the constants' cached hashes); only when
    // some property is not among them, look for it.
    int known = 0;
    for (String name : allowed) {
      if (node.get(name) != null) {
        known++;
      }
    }
    if (known == node.size()) {
      return true;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!allowed.contains(e.getKey())) {
        add(ProblemCode.UNKNOWN_FIELD, path + "/" + escape(e.getKey()), null, "", "");
      }
    }
    return true;
  }

  /**
   * The value of a field, or null when it is missing or JSON null (reported as {@code REQUIRED} for a
   * required field, as {@code TYPE} for an explicit null in an optional one).
   */
  public JsonNode field(JsonNode object, String name, String path, boolean required) {
    JsonNode v = object.get(name);
    if (v == null) {
      if (required) {
        add(ProblemCode.REQUIRED, path, null, "", "");
      }
      return null;
    }
    if (v.isNull()) {
      if (required) {
        add(ProblemCode.REQUIRED, path, null, "值为 null", "the value is null");
      } else {
        add(ProblemCode.TYPE, path, null, "非 null 的值（可选字段不出现即可，不要写 null）",
            "a non-null value (omit an absent optional field instead of writing null)");
      }
      return null;
    }
    return v;
  }

  /** A string field of {@code min}–{@code max} code points, or null after reporting. */
  public String text(JsonNode object, String name, String path, boolean required, int min, int max) {
    JsonNode v = field(object, name, path, required);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      type(path, v, "字符串", "a string");
      return null;
    }
    String s = v.textValue();
    if (!lengthOk(s, path, min, max)) {
      return null;
    }
    return s;
  }

  /** Checks a length in code points, reporting {@code LENGTH}. */
  public boolean lengthOk(String s, String path, int min, int max) {
    int n = s.length() > max || s.length() < min ? Syntax.codePoints(s) : s.length();
    if (n < min || n > max) {
      add(ProblemCode.LENGTH, path, null,
          "长度为 " + n + "，应为 " + min + "–" + max + " 个字符",
          "length " + n + ", expected " + min + "–" + max + " characters");
      return false;
    }
    return true;
  }

  /** A string node (after the TYPE check), or null. */
  public String string(JsonNode v, String path) {
    if (!v.isTextual()) {
      type(path, v, "字符串", "a string");
      return null;
    }
    return v.textValue();
  }

  /** An enum code field, or null after reporting {@code TYPE} or {@code ENUM_UNKNOWN}. */
  public <E extends Enum<E>> E code(JsonNode object, String name, String path, boolean required,
      EnumCodes<E> codes) {
    JsonNode v = field(object, name, path, required);
    return v == null ? null : code(v, path, codes);
  }

  /** An enum code node, or null after reporting. */
  public <E extends Enum<E>> E code(JsonNode v, String path, EnumCodes<E> codes) {
    String s = string(v, path);
    if (s == null) {
      return null;
    }
    E e = codes.get(s);
    if (e == null) {
      add(ProblemCode.ENUM_UNKNOWN, path, Syntax.clip(s), "可用的代码为 " + codes.list(),
          "expected one of " + codes.list());
    }
    return e;
  }

  /** A date field, or null after reporting {@code TYPE} or {@code DATE_INVALID}. */
  public LocalDate date(JsonNode object, String name, String path, boolean required) {
    return parsed(object, name, path, required, Syntax::date, "应为真实存在的日期 YYYY-MM-DD",
        "expected a real date YYYY-MM-DD");
  }

  /** An instant field, or null after reporting {@code TYPE} or {@code DATE_INVALID}. */
  public OffsetDateTime instant(JsonNode object, String name, String path, boolean required) {
    return parsed(object, name, path, required, Syntax::instant,
        "应为带时区偏移的 ISO-8601 时间 YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM)",
        "expected an ISO-8601 instant with offset YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM)");
  }

  /** A string field parsed by {@code parse} (null when invalid → {@code DATE_INVALID}), or null after reporting. */
  private <T> T parsed(JsonNode object, String name, String path, boolean required,
      java.util.function.Function<String, T> parse, String expectedZh, String expectedEn) {
    JsonNode v = field(object, name, path, required);
    if (v == null) {
      return null;
    }
    String s = string(v, path);
    if (s == null) {
      return null;
    }
    T value = parse.apply(s);
    if (value == null) {
      add(ProblemCode.DATE_INVALID, path, Syntax.clip(s), expectedZh, expectedEn);
    }
    return value;
  }

  /** A money field (R-ID-5): a decimal string; a JSON number is {@code TYPE}. */
  public void money(JsonNode object, String name, String path) {
    JsonNode v = field(object, name, path, false);
    if (v == null) {
      return;
    }
    if (!v.isTextual()) {
      type(path, v, "十进制数字字符串，如 \"1000.00\"", "a decimal string such as \"1000.00\"");
      return;
    }
    String[] why = Syntax.moneyProblem(v.textValue());
    if (why != null) {
      add(ProblemCode.MONEY_INVALID, path, Syntax.clip(v.textValue()), why[0], why[1]);
    }
  }

  /** A boolean field, or null. */
  public Boolean bool(JsonNode object, String name, String path, boolean required) {
    JsonNode v = field(object, name, path, required);
    if (v == null) {
      return null;
    }
    if (!v.isBoolean()) {
      type(path, v, "布尔值", "a boolean");
      return null;
    }
    return v.booleanValue();
  }

  /** A USCC field (R-ID-1), returned when valid, else null after reporting. */
  public String uscc(JsonNode object, String name, String path, boolean required) {
    JsonNode v = field(object, name, path, required);
    if (v == null) {
      return null;
    }
    String s = string(v, path);
    if (s == null) {
      return null;
    }
    int verdict = Syntax.uscc(s);
    if (verdict == Syntax.FORMAT) {
      add(ProblemCode.USCC_FORMAT, path, Syntax.clip(s),
          "应为 18 位，字符取自 " + UnifiedSocialCreditCode.ALPHABET + "（不含小写字母）",
          "expected 18 characters from " + UnifiedSocialCreditCode.ALPHABET + " (no lower case)");
      return null;
    }
    if (verdict == Syntax.CHECKSUM) {
      char expected = UnifiedSocialCreditCode.checkCharacter(s.subSequence(0, 17));
      add(ProblemCode.USCC_CHECKSUM, path, s, "校验码应为 " + expected, "the check character should be " + expected);
      return null;
    }
    return s;
  }

  /** A citizen ID field (R-ID-2), returned when valid, else null; the value in a problem is masked. */
  public String idNumber(JsonNode object, String name, String path, boolean required) {
    JsonNode v = field(object, name, path, required);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      type(path, v, "字符串", "a string");
      return null;
    }
    String s = v.textValue();
    int verdict = Syntax.citizenId(s);
    if (verdict == Syntax.FORMAT) {
      add(ProblemCode.ID_FORMAT, path, CitizenIdNumber.mask(Syntax.clip(s)),
          "应为 17 位数字加 1 位校验码（数字或大写 X）",
          "expected 17 digits and a check character (a digit or upper-case X)");
      return null;
    }
    if (verdict == Syntax.BIRTHDATE) {
      add(ProblemCode.ID_BIRTHDATE, path, CitizenIdNumber.mask(s), "第 7–14 位不是真实日期",
          "digits 7–14 are not a real date");
      return null;
    }
    if (verdict == Syntax.CHECKSUM) {
      add(ProblemCode.ID_CHECKSUM, path, CitizenIdNumber.mask(s), "", "");
      return null;
    }
    return s;
  }

  /** Reports {@code FORBIDDEN_FIELD} when the object has the field; returns whether it had it. */
  public boolean forbid(JsonNode object, String name, String path, String zh, String en) {
    if (object.has(name)) {
      add(ProblemCode.FORBIDDEN_FIELD, path, null, zh, en);
      return true;
    }
    return false;
  }

  /** RFC 6901 escaping of one reference token. */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String kind(JsonNode n) {
    if (n.isTextual()) {
      return "string";
    }
    if (n.isNumber()) {
      return "number";
    }
    if (n.isBoolean()) {
      return "boolean";
    }
    if (n.isArray()) {
      return "array";
    }
    if (n.isObject()) {
      return "object";
    }
    return n.isNull() ? "null" : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
