package org.chengxin.formats.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Record;
import org.chengxin.formats.RecordValidator;

/**
 * The flat canonical table (SPEC §6 (a), docs/csv.md): one row per record, one column per leaf field of the
 * canonical JSON named by its dotted path, {@code decision.penaltyTypes} as {@code ;}-separated codes and
 * {@code events} as one cell holding the JSON array. An empty cell is an absent field. Cells are not trimmed
 * (round trips are exact).
 */
public final class FlatLayout implements TableLayout {

  private enum Kind { TEXT, BOOL, INT, CODES, JSON }

  private static final Map<String, Kind> COLUMNS = new LinkedHashMap<>();

  static {
    col("schemaVersion", Kind.TEXT);
    col("recordId", Kind.TEXT);
    col("jurisdiction", Kind.TEXT);
    col("subject.kind", Kind.TEXT);
    col("subject.name", Kind.TEXT);
    col("subject.uscc", Kind.TEXT);
    col("subject.level", Kind.TEXT);
    col("subject.divisionCode", Kind.TEXT);
    col("subject.idNumber", Kind.TEXT);
    col("subject.employerName", Kind.TEXT);
    col("subject.employerUscc", Kind.TEXT);
    col("subject.position", Kind.TEXT);
    col("subject.civilServant", Kind.BOOL);
    col("subject.principalName", Kind.TEXT);
    col("category", Kind.TEXT);
    col("domain", Kind.TEXT);
    col("tier", Kind.TEXT);
    col("decision.documentNumber", Kind.TEXT);
    col("decision.authorityName", Kind.TEXT);
    col("decision.authorityUscc", Kind.TEXT);
    col("decision.decidedOn", Kind.TEXT);
    col("decision.effectiveOn", Kind.TEXT);
    col("decision.facts", Kind.TEXT);
    col("decision.basis", Kind.TEXT);
    col("decision.content", Kind.TEXT);
    col("decision.penaltyTypes", Kind.CODES);
    col("decision.fineAmount", Kind.TEXT);
    col("decision.confiscatedAmount", Kind.TEXT);
    col("decision.simpleProcedure", Kind.BOOL);
    col("decision.sanction.system", Kind.TEXT);
    col("decision.sanction.type", Kind.TEXT);
    col("decision.sanction.periodMonths", Kind.INT);
    col("impact.economicLoss", Kind.TEXT);
    col("impact.socialImpact", Kind.TEXT);
    col("actEndedOn", Kind.TEXT);
    col("rectificationDueOn", Kind.TEXT);
    col("disclosureRestriction", Kind.TEXT);
    col("publishedOn", Kind.TEXT);
    col("events", Kind.JSON);
    col("source.unit", Kind.TEXT);
    col("source.unitUscc", Kind.TEXT);
    col("source.submittedAt", Kind.TEXT);
  }

  /** Columns every flat table must have: the fields every record requires (SPEC §3.1). */
  private static final List<String> REQUIRED = List.of("schemaVersion", "recordId", "jurisdiction",
      "subject.kind", "subject.name", "category", "tier", "decision.documentNumber", "decision.authorityName",
      "decision.authorityUscc", "decision.decidedOn", "decision.content", "source.unit", "source.unitUscc",
      "source.submittedAt");

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static void col(String name, Kind kind) {
    COLUMNS.put(name, kind);
  }

  /** Every column, in the order the writer uses. */
  public static List<String> columns() {
    return List.copyOf(COLUMNS.keySet());
  }

  private final RecordValidator validator;
  private HeaderCheck header;

  public FlatLayout(RecordValidator validator) {
    this.validator = validator;
  }

  @Override
  public List<Problem> header(List<String> cells) {
    header = new HeaderCheck(cells, COLUMNS.keySet(), REQUIRED, s -> s);
    return header.problems;
  }

  @Override
  public Mapped map(TableRow row) {
    ObjectNode tree = NODES.objectNode();
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, Kind> c : COLUMNS.entrySet()) {
      String cell = Cells.unescape(header.cell(row.cells, c.getKey()));
      if (cell.isEmpty()) {
        continue;
      }
      JsonNode value = value(c.getKey(), c.getValue(), cell, row.row, problems);
      if (value != null) {
        put(tree, c.getKey(), value);
      }
    }
    for (Problem p : validator.validate(tree)) {
      problems.add(p.atRow(row.row, field(p.path())));
    }
    JsonNode idNode = tree.get("recordId");
    String id = idNode != null && idNode.isTextual() ? idNode.textValue() : null;
    if (id != null) {
      problems.replaceAll(p -> p.forRecord(id));
    }
    return new Mapped(tree, id, problems);
  }

  private static JsonNode value(String column, Kind kind, String cell, long row, List<Problem> problems) {
    switch (kind) {
      case BOOL:
        return "true".equals(cell) ? BooleanNode.TRUE : "false".equals(cell) ? BooleanNode.FALSE
            : TextNode.valueOf(cell);
      case INT:
        return INTEGER.matcher(cell).matches() ? NODES.numberNode(new BigInteger(cell).longValue())
            : TextNode.valueOf(cell);
      case CODES: {
        ArrayNode a = NODES.arrayNode();
        for (String code : cell.split(";", -1)) {
          a.add(code);
        }
        return a;
      }
      case JSON:
        try {
          return TreeBuilder.read(cell);
        } catch (JsonProcessingException e) {
          String msg = e.getOriginalMessage();
          problems.add(Problem.of(ProblemCode.JSON_SYNTAX, "/" + column, null, "单元格不是 JSON：" + msg,
              "the cell is not JSON: " + msg).atRow(row, column));
          return null;
        } catch (IOException e) {
          throw new UncheckedIOException(e); // not from a String
        }
      default:
        return TextNode.valueOf(cell);
    }
  }

  private static void put(ObjectNode tree, String dotted, JsonNode value) {
    String[] parts = dotted.split("\\.");
    ObjectNode o = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = o.get(parts[i]);
      o = child instanceof ObjectNode ? (ObjectNode) child : o.putObject(parts[i]);
    }
    o.set(parts[parts.length - 1], value);
  }

  /**
   * The column of a JSON Pointer: the column whose path is the pointer or holds it ({@code /events/2/on} →
   * {@code events}); for a missing object, its first column ({@code /decision/sanction} →
   * {@code decision.sanction.system}); null for the whole record.
   */
  public static String field(String pointer) {
    if (pointer.isEmpty()) {
      return null;
    }
    String dotted = pointer.substring(1).replace('/', '.');
    String best = null;
    for (String c : COLUMNS.keySet()) {
      if ((dotted.equals(c) || dotted.startsWith(c + ".")) && (best == null || c.length() > best.length())) {
        best = c;
      }
    }
    if (best != null) {
      return best;
    }
    for (String c : COLUMNS.keySet()) {
      if (c.startsWith(dotted + ".")) {
        return c;
      }
    }
    return null;
  }

  /** A record's cells in {@link #columns()} order, formula-escaped. */
  public static List<String> cells(Record record) {
    JsonNode tree = org.chengxin.formats.CanonicalJson.toTree(record);
    List<String> cells = new ArrayList<>(COLUMNS.size());
    for (Map.Entry<String, Kind> c : COLUMNS.entrySet()) {
      JsonNode v = tree;
      for (String part : c.getKey().split("\\.")) {
        v = v == null ? null : v.get(part);
      }
      cells.add(v == null ? "" : Cells.escape(text(c.getValue(), v)));
    }
    return cells;
  }

  private static String text(Kind kind, JsonNode v) {
    if (kind == Kind.CODES) {
      List<String> codes = new ArrayList<>();
      v.forEach(n -> codes.add(n.asText()));
      return String.join(";", codes);
    }
    if (kind == Kind.JSON) {
      return v.toString();
    }
    return v.isTextual() ? v.textValue() : v.toString();
  }
}
