package org.chengxin.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares an implementation's output with a vector's expected JSON, field by field (README "Comparison rules").
 *
 * <p>Assessments (SPEC §4.10): every field is compared except {@code trace}; a measure's {@code basis} only when the
 * expected measure gives it; a problem only on the keys the expected problem gives (always {@code code} and
 * {@code severity}, usually {@code path}), never on {@code message}. Objects must have exactly the expected keys
 * (a {@code null} field must be present as {@code null}); arrays are compared in order; numbers by value.
 *
 * <p>Validation reports (SPEC §8): the counts {@code recordsRead}, {@code recordsValid}, {@code recordsInvalid},
 * {@code errors}, {@code warnings}; per notice, in order, {@code code}, {@code severity}, {@code count} and the
 * samples' locations ({@code line}, {@code row}, {@code path} — the keys the expected sample gives; an absent actual
 * key reads as {@code null}). Sample {@code recordId}, {@code value} and {@code message} are not compared.
 *
 * <pre>{@code
 * List<Difference> d = VectorComparator.compare(vector, actualJson);
 * // e.g. [/0/repair/eligibleFrom: expected "2024-04-09", actual null]
 * }</pre>
 */
public final class VectorComparator {

  private static final List<String> REPORT_COUNTS =
      List.of("recordsRead", "recordsValid", "recordsInvalid", "errors", "warnings");
  private static final List<String> NOTICE_KEYS = List.of("code", "severity", "count");
  private static final List<String> SAMPLE_KEYS = List.of("line", "row", "path");

  private VectorComparator() {}

  /** Compares {@code actual} with the vector's expected output according to its kind. Empty = conformant. */
  public static List<Difference> compare(ConformanceVector vector, JsonNode actual) {
    return vector.kind() == VectorKind.ASSESS
        ? compareAssessments(vector.expected(), actual)
        : compareValidationReports(vector.expected(), actual);
  }

  /** Compares two arrays of assessments / refusals (one per input record, in input order). */
  public static List<Difference> compareAssessments(JsonNode expected, JsonNode actual) {
    List<Difference> out = new ArrayList<>();
    if (!expected.isArray() || actual == null || !actual.isArray()) {
      return sameType(expected, actual) ? out : List.of(diff("", expected, actual));
    }
    compareLength("", expected, actual, out);
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      compareAssessment("/" + i, expected.get(i), actual.get(i), out);
    }
    return out;
  }

  /** Compares two §8 validation reports on counts, codes, severities and sample locations. */
  public static List<Difference> compareValidationReports(JsonNode expected, JsonNode actual) {
    List<Difference> out = new ArrayList<>();
    if (actual == null || !actual.isObject()) {
      return List.of(diff("", expected, actual));
    }
    for (String key : REPORT_COUNTS) {
      compareValue("/" + key, expected.get(key), actual.get(key), out);
    }
    JsonNode expNotices = expected.path("notices");
    JsonNode actNotices = actual.get("notices");
    if (actNotices == null || !actNotices.isArray()) {
      out.add(diff("/notices", expNotices, actNotices));
      return out;
    }
    compareLength("/notices", expNotices, actNotices, out);
    for (int i = 0; i < Math.min(expNotices.size(), actNotices.size()); i++) {
      String at = "/notices/" + i;
      JsonNode exp = expNotices.get(i);
      JsonNode act = actNotices.get(i);
      for (String key : NOTICE_KEYS) {
        compareValue(at + "/" + key, exp.get(key), act.get(key), out);
      }
      JsonNode expSamples = exp.path("samples");
      JsonNode actSamples = act.get("samples");
      if (actSamples == null || !actSamples.isArray()) {
        out.add(diff(at + "/samples", expSamples, actSamples));
        continue;
      }
      compareLength(at + "/samples", expSamples, actSamples, out);
      for (int j = 0; j < Math.min(expSamples.size(), actSamples.size()); j++) {
        JsonNode es = expSamples.get(j);
        JsonNode as = actSamples.get(j);
        for (String key : SAMPLE_KEYS) {
          if (es.has(key)) {
            compareValue(at + "/samples/" + j + "/" + key, es.get(key), nullIfAbsent(as.get(key)), out);
          }
        }
      }
    }
    return out;
  }

  private static void compareAssessment(String at, JsonNode exp, JsonNode act, List<Difference> out) {
    if (!exp.isObject() || !act.isObject()) {
      compareValue(at, exp, act, out);
      return;
    }
    for (String key : keys(exp, act)) {
      if (key.equals("trace")) {
        continue;
      }
      String path = at + "/" + escape(key);
      JsonNode e = exp.get(key);
      JsonNode a = act.get(key);
      if (e != null && a != null && e.isArray() && a.isArray()
          && (key.equals("problems") || key.equals("measures"))) {
        compareLength(path, e, a, out);
        for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
          if (key.equals("problems")) {
            compareProblem(path + "/" + i, e.get(i), a.get(i), out);
          } else {
            compareMeasure(path + "/" + i, e.get(i), a.get(i), out);
          }
        }
      } else {
        compareValue(path, e, a, out);
      }
    }
  }

  private static void compareProblem(String at, JsonNode exp, JsonNode act, List<Difference> out) {
    if (!exp.isObject() || !act.isObject()) {
      compareValue(at, exp, act, out);
      return;
    }
    Iterator<String> names = exp.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (!key.equals("message")) {
        compareValue(at + "/" + escape(key), exp.get(key), act.get(key), out);
      }
    }
  }

  private static void compareMeasure(String at, JsonNode exp, JsonNode act, List<Difference> out) {
    if (!exp.isObject() || !act.isObject()) {
      compareValue(at, exp, act, out);
      return;
    }
    for (String key : keys(exp, act)) {
      if (key.equals("basis") && !exp.has("basis")) {
        continue;
      }
      compareValue(at + "/" + escape(key), exp.get(key), act.get(key), out);
    }
  }

  /** Strict structural comparison: same keys, same array lengths, equal scalars (numbers by value). */
  private static void compareValue(String at, JsonNode exp, JsonNode act, List<Difference> out) {
    if (exp == null || act == null) {
      if (exp != act) {
        out.add(diff(at, exp, act));
      }
      return;
    }
    if (exp.isObject() && act.isObject()) {
      for (String key : keys(exp, act)) {
        compareValue(at + "/" + escape(key), exp.get(key), act.get(key), out);
      }
    } else if (exp.isArray() && act.isArray()) {
      compareLength(at, exp, act, out);
      for (int i = 0; i < Math.min(exp.size(), act.size()); i++) {
        compareValue(at + "/" + i, exp.get(i), act.get(i), out);
      }
    } else if (exp.isNumber() && act.isNumber()) {
      if (exp.decimalValue().compareTo(act.decimalValue()) != 0) {
        out.add(diff(at, exp, act));
      }
    } else if (!exp.equals(act)) {
      out.add(diff(at, exp, act));
    }
  }

  private static void compareLength(String at, JsonNode exp, JsonNode act, List<Difference> out) {
    if (exp.size() != act.size()) {
      out.add(Difference.of(at, "array of " + exp.size() + " " + exp, "array of " + act.size() + " " + act));
    }
  }

  private static Set<String> keys(JsonNode exp, JsonNode act) {
    Set<String> keys = new TreeSet<>();
    exp.fieldNames().forEachRemaining(keys::add);
    act.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static boolean sameType(JsonNode exp, JsonNode act) {
    return act != null && exp.getNodeType() == act.getNodeType() && exp.equals(act);
  }

  private static JsonNode nullIfAbsent(JsonNode node) {
    return node == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : node;
  }

  private static Difference diff(String at, JsonNode exp, JsonNode act) {
    return Difference.of(at, text(exp), text(act));
  }

  private static String text(JsonNode node) {
    return node == null ? Difference.ABSENT : node.toString();
  }

  /** JSON Pointer escaping (RFC 6901). */
  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
