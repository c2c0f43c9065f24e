package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.DisclosureAssessment;
import org.chengxin.rules.MeasureAssessment;
import org.chengxin.rules.ObjectionAssessment;
import org.chengxin.rules.RepairAssessment;
import org.chengxin.rules.TraceEntry;

/**
 * The Assessment JSON of SPEC §4.10 (评估结果 JSON — the conformance contract): one line per assessment, fields in
 * exactly the §4.10 order, absent values written as {@code null}, dates as {@code YYYY-MM-DD}, codes as their
 * names. A refusal is written as {@code {"recordId":…,"problems":[…]}}. The output is byte-identical for equal
 * input.
 *
 * <p>Problems are written as {@code {"code","severity","path","value","message"}} ({@code value} null when
 * absent; {@code message} in the requested language).
 *
 * <pre>{@code
 * String line = AssessmentJson.write(result, Language.EN);
 * // {"recordId":"R1","asOf":"2024-03-01","profile":{"id":"zhashui-2021","version":"1"},"era":"2023-05-01",…}
 * }</pre>
 *
 * <p>For conformance, {@link #comparable(String)} reads a line back as a JSON tree without {@code trace} and
 * without problem messages, the two parts that are not compared.
 */
public final class AssessmentJson {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private AssessmentJson() {}

  /** One line of JSON (without a line break) for an assessment or a refusal. */
  public static String write(AssessmentResult result, Language language) {
    requireNonNull(result, "result");
    requireNonNull(language, "language");
    StringWriter out = new StringWriter(2048);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(result, language, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** One line of JSON (without a line break) for an assessment. */
  public static String write(Assessment assessment, Language language) {
    return write(AssessmentResult.of(assessment), language);
  }

  /**
   * Writes an assessment or a refusal as one JSON object to a generator (which must not pretty-print), for
   * NDJSON streams: the caller writes the line separators.
   *
   * @throws IOException from the generator
   */
  public static void write(AssessmentResult result, Language language, JsonGenerator g) throws IOException {
    if (result.isRefused()) {
      g.writeStartObject();
      g.writeStringField("recordId", result.recordId());
      writeProblems(result.problems(), language, g);
      g.writeEndObject();
      return;
    }
    Assessment a = result.assessment();
    g.writeStartObject();
    g.writeStringField("recordId", a.recordId());
    date(g, "asOf", a.asOf());
    g.writeObjectFieldStart("profile");
    g.writeStringField("id", a.profile().id());
    g.writeStringField("version", a.profile().version());
    g.writeEndObject();
    date(g, "era", a.era());
    g.writeStringField("state", a.state().name());
    g.writeStringField("tier", a.tier().name());

    DisclosureAssessment d = a.disclosure();
    g.writeObjectFieldStart("disclosure");
    g.writeBooleanField("disclosable", d.disclosable());
    code(g, "reason", d.reason());
    date(g, "publishBy", d.publishBy());
    date(g, "publishedOn", d.publishedOn());
    g.writeStringField("publication", d.publication().name());
    date(g, "minimumLastDay", d.minimumLastDay());
    date(g, "lastDay", d.lastDay());
    g.writeBooleanField("visible", d.visible());
    g.writeBooleanField("underObjection", d.underObjection());
    date(g, "endedOn", d.endedOn());
    code(g, "endReason", d.endReason());
    g.writeEndObject();

    g.writeObjectFieldStart("retention");
    date(g, "lastDay", a.retention().lastDay());
    g.writeBooleanField("purgeDue", a.retention().purgeDue());
    g.writeEndObject();

    ObjectionAssessment o = a.objection();
    g.writeObjectFieldStart("objection");
    g.writeStringField("status", o.status().name());
    date(g, "decideBy", o.decideBy());
    g.writeBooleanField("overdue", o.overdue());
    g.writeEndObject();

    RepairAssessment r = a.repair();
    g.writeObjectFieldStart("repair");
    g.writeStringField("status", r.status().name());
    g.writeBooleanField("eligible", r.eligible());
    date(g, "eligibleFrom", r.eligibleFrom());
    codes(g, "blockers", r.blockers());
    date(g, "pushBy", r.pushBy());
    g.writeEndObject();

    g.writeArrayFieldStart("measures");
    for (MeasureAssessment m : a.measures()) {
      g.writeStartObject();
      g.writeStringField("code", m.code().name());
      g.writeStringField("target", m.target().name());
      g.writeStringField("kind", m.kind().name());
      g.writeBooleanField("statutory", m.statutory());
      date(g, "from", m.from());
      date(g, "lastDay", m.lastDay());
      g.writeStringField("state", m.state().name());
      g.writeArrayFieldStart("basis");
      for (String b : m.basis()) {
        g.writeString(b);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    codes(g, "remedies", a.remedies());
    date(g, "withdrawBy", a.withdrawBy());
    writeProblems(a.problems(), language, g);

    g.writeArrayFieldStart("trace");
    for (TraceEntry t : a.trace()) {
      g.writeStartObject();
      g.writeStringField("rule", t.rule());
      g.writeStringField("basis", t.basis());
      g.writeStringField("detail", t.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeProblems(List<Problem> problems, Language language, JsonGenerator g)
      throws IOException {
    g.writeArrayFieldStart("problems");
    for (Problem p : problems) {
      g.writeStartObject();
      g.writeStringField("code", p.code().name());
      g.writeStringField("severity", p.severity().name());
      g.writeStringField("path", p.path());
      if (p.value().isPresent()) {
        g.writeStringField("value", p.value().get());
      } else {
        g.writeNullField("value");
      }
      g.writeStringField("message", p.message(language));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void date(JsonGenerator g, String name, LocalDate day) throws IOException {
    g.writeStringField(name, day.toString());
  }

  private static void date(JsonGenerator g, String name, Optional<LocalDate> day) throws IOException {
    if (day.isPresent()) {
      g.writeStringField(name, day.get().toString());
    } else {
      g.writeNullField(name);
    }
  }

  private static void code(JsonGenerator g, String name, Optional<? extends Enum<?>> code) throws IOException {
    if (code.isPresent()) {
      g.writeStringField(name, code.get().name());
    } else {
      g.writeNullField(name);
    }
  }

  private static void codes(JsonGenerator g, String name, List<? extends Enum<?>> codes) throws IOException {
    g.writeArrayFieldStart(name);
    for (Enum<?> c : codes) {
      g.writeString(c.name());
    }
    g.writeEndArray();
  }

  /**
   * Reads one line of Assessment JSON (or a refusal) into the form conformance compares: every field but
   * {@code trace}, and problems without their {@code message}.
   *
   * @throws IllegalArgumentException if the text is not a JSON object, quoting the start of it
   */
  public static JsonNode comparable(String json) {
    requireNonNull(json, "json");
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not Assessment JSON: '" + abbreviate(json) + "': " + e.getMessage(), e);
    }
    if (!(node instanceof ObjectNode)) {
      throw new IllegalArgumentException("not a JSON object: '" + abbreviate(json) + "'");
    }
    ObjectNode object = (ObjectNode) node;
    object.remove("trace");
    JsonNode problems = object.get("problems");
    if (problems instanceof ArrayNode) {
      for (JsonNode p : problems) {
        if (p instanceof ObjectNode) {
          ((ObjectNode) p).remove("message");
        }
      }
    }
    return object;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
