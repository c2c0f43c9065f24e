package org.chengxin.formats.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordReader;

/** Hand-written canonical records for report tests: an organisation or an official, then what differs. */
final class Rec {

  static final JsonMapper JSON = new JsonMapper();
  static final String ORG_USCC = "11460000MB0000002T";
  static final String INSTITUTION_USCC = "12460000MB0000001L";
  static final String AUTHORITY_USCC = "11230500001755309F";
  static final String OFFICIAL_ID = "11010519491231002X";

  final ObjectNode node;

  private Rec(ObjectNode node) {
    this.node = node;
  }

  /** An organisation's record: DEPARTMENT, category and tier as given, decided on a day. */
  static Rec org(String id, String category, String tier, String decidedOn) {
    ObjectNode n = JSON.createObjectNode();
    n.put("schemaVersion", "1.0").put("recordId", id).put("jurisdiction", "460000");
    n.putObject("subject").put("kind", "DEPARTMENT").put("name", "海南省某厅" + id).put("uscc", ORG_USCC)
        .put("divisionCode", "460000");
    n.put("category", category).put("tier", tier);
    ObjectNode d = n.putObject("decision").put("documentNumber", "琼罚〔2024〕" + id + "号")
        .put("authorityName", "海南省某监督管理局").put("authorityUscc", AUTHORITY_USCC).put("decidedOn", decidedOn)
        .put("content", "处理内容" + id);
    if (category.equals("ADMINISTRATIVE_PENALTY")) {
      d.putArray("penaltyTypes").add("FINE");
      d.put("fineAmount", "10000.00");
    }
    n.putObject("source").put("unit", "海南省发展和改革委员会").put("unitUscc", AUTHORITY_USCC)
        .put("submittedAt", decidedOn + "T09:00:00+08:00");
    return new Rec(n);
  }

  /** A public official's record (name 张三丰, employer 海南省某厅). */
  static Rec official(String id, String category, String tier, String decidedOn) {
    Rec r = org(id, category, tier, decidedOn);
    ObjectNode s = r.node.putObject("subject");
    s.put("kind", "PUBLIC_OFFICIAL").put("name", "张三丰").put("idNumber", OFFICIAL_ID)
        .put("employerName", "海南省某厅").put("employerUscc", ORG_USCC).put("position", "处长");
    if (category.equals("DISCIPLINARY_SANCTION")) {
      ((ObjectNode) r.node.get("decision")).putObject("sanction").put("system", "GOVERNMENT").put("type", "DEMERIT");
    }
    // keep field order canonical: subject before category
    ObjectNode ordered = JSON.createObjectNode();
    r.node.fieldNames().forEachRemaining(f -> ordered.set(f, r.node.get(f)));
    return new Rec(ordered);
  }

  Rec kind(String kind, String uscc) {
    ((ObjectNode) node.get("subject")).put("kind", kind).put("uscc", uscc);
    return this;
  }

  Rec published(String day) {
    node.put("publishedOn", day);
    return this;
  }

  Rec rectificationDue(String day) {
    node.put("rectificationDueOn", day);
    return this;
  }

  Rec restricted(String restriction) {
    node.put("disclosureRestriction", restriction);
    return this;
  }

  /** Appends an event: {@code type, on} plus name/value pairs (booleans as "true"/"false"). */
  Rec event(String type, String on, String... fields) {
    ArrayNode events = node.has("events") ? (ArrayNode) node.get("events") : node.putArray("events");
    ObjectNode e = events.addObject().put("type", type).put("on", on);
    for (int i = 0; i < fields.length; i += 2) {
      if (fields[i + 1].equals("true") || fields[i + 1].equals("false")) {
        e.put(fields[i], Boolean.parseBoolean(fields[i + 1]));
      } else {
        e.put(fields[i], fields[i + 1]);
      }
    }
    return this;
  }

  @Override
  public String toString() {
    return node.toString();
  }

  /** NDJSON of the records. */
  static String ndjson(List<Rec> records) {
    StringBuilder s = new StringBuilder();
    for (Rec r : records) {
      s.append(r).append('\n');
    }
    return s.toString();
  }

  static RecordReader reader(String ndjson) {
    return RecordReader.of(new ByteArrayInputStream(ndjson.getBytes(UTF_8)), RecordFormat.NDJSON);
  }

  static RecordReader reader(List<Rec> records) {
    return reader(ndjson(records));
  }
}
