package org.chengxin.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.chengxin.core.Decision;
import org.chengxin.core.Event;
import org.chengxin.core.Impact;
import org.chengxin.core.Record;
import org.chengxin.core.Sanction;
import org.chengxin.core.Source;
import org.chengxin.core.Subject;

/**
 * Writes a record as canonical JSON (SPEC §3): fields in the order of the SPEC's tables, absent optionals
 * and an empty {@code events} list omitted, money as strings keeping their scale, dates {@code YYYY-MM-DD},
 * instants ISO-8601 with offset (seconds always written, {@code Z} for UTC).
 */
public final class RecordJsonWriter {

  private RecordJsonWriter() {}

  /** Writes one record as one JSON object. */
  public static void write(Record r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("schemaVersion", r.schemaVersion());
    g.writeStringField("recordId", r.recordId());
    g.writeStringField("jurisdiction", r.jurisdiction());
    g.writeFieldName("subject");
    subject(r.subject(), g);
    g.writeStringField("category", r.category().name());
    enumField(g, "domain", r.domain());
    g.writeStringField("tier", r.tier().name());
    g.writeFieldName("decision");
    decision(r.decision(), g);
    if (r.impact().isPresent()) {
      Impact i = r.impact().get();
      g.writeObjectFieldStart("impact");
      money(g, "economicLoss", i.economicLoss());
      enumField(g, "socialImpact", i.socialImpact());
      g.writeEndObject();
    }
    date(g, "actEndedOn", r.actEndedOn());
    date(g, "rectificationDueOn", r.rectificationDueOn());
    enumField(g, "disclosureRestriction", r.disclosureRestriction());
    date(g, "publishedOn", r.publishedOn());
    if (!r.events().isEmpty()) {
      g.writeArrayFieldStart("events");
      for (Event e : r.events()) {
        event(e, g);
      }
      g.writeEndArray();
    }
    Source s = r.source();
    g.writeObjectFieldStart("source");
    g.writeStringField("unit", s.unit());
    g.writeStringField("unitUscc", s.unitUscc().value());
    g.writeStringField("submittedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.submittedAt()));
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void subject(Subject s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", s.kind().name());
    g.writeStringField("name", s.name());
    string(g, "uscc", s.uscc().map(Object::toString));
    enumField(g, "level", s.level());
    string(g, "divisionCode", s.divisionCode().map(Object::toString));
    // The full number: the canonical record carries it (personal data is masked in public outputs only).
    string(g, "idNumber", s.idNumber().map(id -> id.value()));
    string(g, "employerName", s.employerName());
    string(g, "employerUscc", s.employerUscc().map(Object::toString));
    string(g, "position", s.position());
    bool(g, "civilServant", s.civilServant());
    string(g, "principalName", s.principalName());
    g.writeEndObject();
  }

  private static void decision(Decision d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("documentNumber", d.documentNumber());
    g.writeStringField("authorityName", d.authorityName());
    g.writeStringField("authorityUscc", d.authorityUscc().value());
    g.writeStringField("decidedOn", d.decidedOn().toString());
    date(g, "effectiveOn", d.effectiveOn());
    string(g, "facts", d.facts());
    string(g, "basis", d.basis());
    g.writeStringField("content", d.content());
    enumList(g, "penaltyTypes", d.penaltyTypes());
    money(g, "fineAmount", d.fineAmount());
    money(g, "confiscatedAmount", d.confiscatedAmount());
    bool(g, "simpleProcedure", d.simpleProcedure());
    if (d.sanction().isPresent()) {
      Sanction s = d.sanction().get();
      g.writeObjectFieldStart("sanction");
      g.writeStringField("system", s.system().name());
      g.writeStringField("type", s.type().name());
      if (s.periodMonths().isPresent()) {
        g.writeNumberField("periodMonths", s.periodMonths().get());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void event(Event e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", e.type().name());
    g.writeStringField("on", e.on().toString());
    string(g, "by", e.by());
    enumField(g, "outcome", e.outcome());
    enumField(g, "decision", e.decision());
    enumList(g, "grounds", e.grounds());
    bool(g, "approved", e.approved());
    string(g, "reason", e.reason());
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String name, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    }
  }

  private static void enumField(JsonGenerator g, String name, Optional<? extends Enum<?>> v)
      throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get().name());
    }
  }

  private static void enumList(JsonGenerator g, String name, List<? extends Enum<?>> v) throws IOException {
    if (!v.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (Enum<?> e : v) {
        g.writeString(e.name());
      }
      g.writeEndArray();
    }
  }

  private static void date(JsonGenerator g, String name, Optional<LocalDate> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get().toString());
    }
  }

  private static void money(JsonGenerator g, String name, Optional<BigDecimal> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get().toPlainString());
    }
  }

  private static void bool(JsonGenerator g, String name, Optional<Boolean> v) throws IOException {
    if (v.isPresent()) {
      g.writeBooleanField(name, v.get());
    }
  }
}
