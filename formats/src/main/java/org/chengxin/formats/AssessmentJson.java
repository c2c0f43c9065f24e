package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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
 * <p>To write many lines as UTF-8 bytes (an NDJSON stream, as {@code chengxin assess} does), use
 * {@link AssessmentLines}: its bytes are those of this class's lines, encoded as UTF-8.
 *
 * <p>For conformance, {@link #comparable(String)} reads a line back as a JSON tree without {@code trace} and
 * without problem messages, the two parts that are not compared.
 */
public final class AssessmentJson {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  /** Built on first use only: data binding is a few hundred classes to load, which most runs never need. */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
  }

  // Field names and codes pre-encoded once: a run writes millions of them (SPEC §9, issue 6's gate).
  private static final SerializedString F_AS_OF = new SerializedString("asOf");
  private static final SerializedString F_BASIS = new SerializedString("basis");
  private static final SerializedString F_BLOCKERS = new SerializedString("blockers");
  private static final SerializedString F_CODE = new SerializedString("code");
  private static final SerializedString F_DECIDE_BY = new SerializedString("decideBy");
  private static final SerializedString F_DETAIL = new SerializedString("detail");
  private static final SerializedString F_DISCLOSABLE = new SerializedString("disclosable");
  private static final SerializedString F_DISCLOSURE = new SerializedString("disclosure");
  private static final SerializedString F_ELIGIBLE = new SerializedString("eligible");
  private static final SerializedString F_ELIGIBLE_FROM = new SerializedString("eligibleFrom");
  private static final SerializedString F_ENDED_ON = new SerializedString("endedOn");
  private static final SerializedString F_END_REASON = new SerializedString("endReason");
  private static final SerializedString F_ERA = new SerializedString("era");
  private static final SerializedString F_FROM = new SerializedString("from");
  private static final SerializedString F_ID = new SerializedString("id");
  private static final SerializedString F_KIND = new SerializedString("kind");
  private static final SerializedString F_LAST_DAY = new SerializedString("lastDay");
  private static final SerializedString F_MEASURES = new SerializedString("measures");
  private static final SerializedString F_MESSAGE = new SerializedString("message");
  private static final SerializedString F_MINIMUM_LAST_DAY = new SerializedString("minimumLastDay");
  private static final SerializedString F_OBJECTION = new SerializedString("objection");
  private static final SerializedString F_OVERDUE = new SerializedString("overdue");
  private static final SerializedString F_PATH = new SerializedString("path");
  private static final SerializedString F_PROBLEMS = new SerializedString("problems");
  private static final SerializedString F_PROFILE = new SerializedString("profile");
  private static final SerializedString F_PUBLICATION = new SerializedString("publication");
  private static final SerializedString F_PUBLISHED_ON = new SerializedString("publishedOn");
  private static final SerializedString F_PUBLISH_BY = new SerializedString("publishBy");
  private static final SerializedString F_PURGE_DUE = new SerializedString("purgeDue");
  private static final SerializedString F_PUSH_BY = new SerializedString("pushBy");
  private static final SerializedString F_REASON = new SerializedString("reason");
  private static final SerializedString F_RECORD_ID = new SerializedString("recordId");
  private static final SerializedString F_REMEDIES = new SerializedString("remedies");
  private static final SerializedString F_REPAIR = new SerializedString("repair");
  private static final SerializedString F_RETENTION = new SerializedString("retention");
  private static final SerializedString F_RULE = new SerializedString("rule");
  private static final SerializedString F_SEVERITY = new SerializedString("severity");
  private static final SerializedString F_STATE = new SerializedString("state");
  private static final SerializedString F_STATUS = new SerializedString("status");
  private static final SerializedString F_STATUTORY = new SerializedString("statutory");
  private static final SerializedString F_TARGET = new SerializedString("target");
  private static final SerializedString F_TIER = new SerializedString("tier");
  private static final SerializedString F_TRACE = new SerializedString("trace");
  private static final SerializedString F_UNDER_OBJECTION = new SerializedString("underObjection");
  private static final SerializedString F_VALUE = new SerializedString("value");
  private static final SerializedString F_VERSION = new SerializedString("version");
  private static final SerializedString F_VISIBLE = new SerializedString("visible");
  private static final SerializedString F_WITHDRAW_BY = new SerializedString("withdrawBy");
  /** Each enum's constant names, pre-encoded, by ordinal. */
  private static final ClassValue<SerializedString[]> CODES = new ClassValue<>() {
    @Override
    protected SerializedString[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      SerializedString[] names = new SerializedString[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = new SerializedString(((Enum<?>) constants[i]).name());
      }
      return names;
    }
  };

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
      g.writeFieldName(F_RECORD_ID);
      g.writeString(result.recordId());
      writeProblems(result.problems(), language, g);
      g.writeEndObject();
      return;
    }
    Assessment a = result.assessment();
    g.writeStartObject();
    g.writeFieldName(F_RECORD_ID);
    g.writeString(a.recordId());
    date(g, F_AS_OF, a.asOf());
    g.writeFieldName(F_PROFILE);
    g.writeStartObject();
    g.writeFieldName(F_ID);
    g.writeString(a.profile().id());
    g.writeFieldName(F_VERSION);
    g.writeString(a.profile().version());
    g.writeEndObject();
    date(g, F_ERA, a.era());
    g.writeFieldName(F_STATE);
    name(g, a.state());
    g.writeFieldName(F_TIER);
    name(g, a.tier());

    DisclosureAssessment d = a.disclosure();
    g.writeFieldName(F_DISCLOSURE);
    g.writeStartObject();
    g.writeFieldName(F_DISCLOSABLE);
    g.writeBoolean(d.disclosable());
    code(g, F_REASON, d.reason());
    date(g, F_PUBLISH_BY, d.publishBy());
    date(g, F_PUBLISHED_ON, d.publishedOn());
    g.writeFieldName(F_PUBLICATION);
    name(g, d.publication());
    date(g, F_MINIMUM_LAST_DAY, d.minimumLastDay());
    date(g, F_LAST_DAY, d.lastDay());
    g.writeFieldName(F_VISIBLE);
    g.writeBoolean(d.visible());
    g.writeFieldName(F_UNDER_OBJECTION);
    g.writeBoolean(d.underObjection());
    date(g, F_ENDED_ON, d.endedOn());
    code(g, F_END_REASON, d.endReason());
    g.writeEndObject();

    g.writeFieldName(F_RETENTION);
    g.writeStartObject();
    date(g, F_LAST_DAY, a.retention().lastDay());
    g.writeFieldName(F_PURGE_DUE);
    g.writeBoolean(a.retention().purgeDue());
    g.writeEndObject();

    ObjectionAssessment o = a.objection();
    g.writeFieldName(F_OBJECTION);
    g.writeStartObject();
    g.writeFieldName(F_STATUS);
    name(g, o.status());
    date(g, F_DECIDE_BY, o.decideBy());
    g.writeFieldName(F_OVERDUE);
    g.writeBoolean(o.overdue());
    g.writeEndObject();

    RepairAssessment r = a.repair();
    g.writeFieldName(F_REPAIR);
    g.writeStartObject();
    g.writeFieldName(F_STATUS);
    name(g, r.status());
    g.writeFieldName(F_ELIGIBLE);
    g.writeBoolean(r.eligible());
    date(g, F_ELIGIBLE_FROM, r.eligibleFrom());
    codes(g, F_BLOCKERS, r.blockers());
    date(g, F_PUSH_BY, r.pushBy());
    g.writeEndObject();

    g.writeFieldName(F_MEASURES);
    g.writeStartArray();
    for (MeasureAssessment m : a.measures()) {
      g.writeStartObject();
      g.writeFieldName(F_CODE);
      name(g, m.code());
      g.writeFieldName(F_TARGET);
      name(g, m.target());
      g.writeFieldName(F_KIND);
      name(g, m.kind());
      g.writeFieldName(F_STATUTORY);
      g.writeBoolean(m.statutory());
      date(g, F_FROM, m.from());
      date(g, F_LAST_DAY, m.lastDay());
      g.writeFieldName(F_STATE);
      name(g, m.state());
      g.writeFieldName(F_BASIS);
      g.writeStartArray();
      for (String b : m.basis()) {
        g.writeString(b);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    codes(g, F_REMEDIES, a.remedies());
    date(g, F_WITHDRAW_BY, a.withdrawBy());
    writeProblems(a.problems(), language, g);

    g.writeFieldName(F_TRACE);
    g.writeStartArray();
    for (TraceEntry t : a.trace()) {
      g.writeStartObject();
      g.writeFieldName(F_RULE);
      g.writeString(t.rule());
      g.writeFieldName(F_BASIS);
      g.writeString(t.basis());
      g.writeFieldName(F_DETAIL);
      g.writeString(t.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeProblems(List<Problem> problems, Language language, JsonGenerator g)
      throws IOException {
    g.writeFieldName(F_PROBLEMS);
    g.writeStartArray();
    for (Problem p : problems) {
      g.writeStartObject();
      g.writeFieldName(F_CODE);
      name(g, p.code());
      g.writeFieldName(F_SEVERITY);
      name(g, p.severity());
      g.writeFieldName(F_PATH);
      g.writeString(p.path());
      if (p.value().isPresent()) {
        g.writeFieldName(F_VALUE);
        g.writeString(p.value().get());
      } else {
        g.writeFieldName(F_VALUE);
        g.writeNull();
      }
      g.writeFieldName(F_MESSAGE);
      g.writeString(p.message(language));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void name(JsonGenerator g, Enum<?> code) throws IOException {
    g.writeString(CODES.get(code.getDeclaringClass())[code.ordinal()]);
  }

  private static void date(JsonGenerator g, SerializedString name, LocalDate day) throws IOException {
    g.writeFieldName(name);
    int year = day.getYear();
    if (year < 1000 || year > 9999) {
      g.writeString(day.toString());
      return;
    }
    // YYYY-MM-DD without LocalDate.toString()'s StringBuilder (same text for four-digit years).
    char[] c = new char[10];
    c[0] = (char) ('0' + year / 1000);
    c[1] = (char) ('0' + year / 100 % 10);
    c[2] = (char) ('0' + year / 10 % 10);
    c[3] = (char) ('0' + year % 10);
    c[4] = '-';
    c[5] = (char) ('0' + day.getMonthValue() / 10);
    c[6] = (char) ('0' + day.getMonthValue() % 10);
    c[7] = '-';
    c[8] = (char) ('0' + day.getDayOfMonth() / 10);
    c[9] = (char) ('0' + day.getDayOfMonth() % 10);
    g.writeString(c, 0, 10);
  }

  private static void date(JsonGenerator g, SerializedString name, Optional<LocalDate> day) throws IOException {
    if (day.isPresent()) {
      date(g, name, day.get());
    } else {
      g.writeFieldName(name);
      g.writeNull();
    }
  }

  private static void code(JsonGenerator g, SerializedString name, Optional<? extends Enum<?>> code)
      throws IOException {
    g.writeFieldName(name);
    if (code.isPresent()) {
      name(g, code.get());
    } else {
      g.writeNull();
    }
  }

  private static void codes(JsonGenerator g, SerializedString name, List<? extends Enum<?>> codes)
      throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (Enum<?> c : codes) {
      name(g, c);
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
      node = Mapper.MAPPER.readTree(json);
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
