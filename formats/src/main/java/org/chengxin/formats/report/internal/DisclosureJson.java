package org.chengxin.formats.report.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.chengxin.core.Language;
import org.chengxin.core.PenaltyType;
import org.chengxin.formats.report.DisclosureEntry;
import org.chengxin.formats.report.DisclosureListWriter;
import org.chengxin.rules.ProfileRef;

/**
 * The disclosure list as JSON: {@code {"format":"chengxin.disclosure-list/1","profile":{"id","version"},"asOf",
 * "entries":[…],"count"}}, one entry per line; absent values are {@code null}, codes are enum names.
 */
public final class DisclosureJson extends DisclosureListWriter {

  private static final JsonFactory FACTORY = new JsonFactory();
  private JsonGenerator g;

  public DisclosureJson(Writer out, Language language) {
    super(out, language);
  }

  @Override
  public void start(ProfileRef profile, LocalDate asOf) throws IOException {
    g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartObject();
    g.writeStringField("format", "chengxin.disclosure-list/1");
    g.writeObjectFieldStart("profile");
    g.writeStringField("id", profile.id());
    g.writeStringField("version", profile.version());
    g.writeEndObject();
    g.writeStringField("asOf", asOf.toString());
    g.writeArrayFieldStart("entries");
  }

  @Override
  protected void entry(DisclosureEntry e) throws IOException {
    g.writeRaw('\n');
    g.writeStartObject();
    g.writeStringField("recordId", e.recordId());
    g.writeStringField("jurisdiction", e.jurisdiction());
    g.writeObjectFieldStart("subject");
    g.writeStringField("kind", e.subjectKind().name());
    g.writeStringField("name", e.subjectName());
    string("uscc", e.subjectUscc());
    string("idNumber", e.subjectIdNumber());
    string("divisionCode", e.subjectDivisionCode());
    string("employerName", e.employerName());
    string("employerUscc", e.employerUscc());
    g.writeEndObject();
    g.writeStringField("category", e.category().name());
    g.writeStringField("domain", e.domain().name());
    g.writeStringField("tier", e.tier().name());
    g.writeObjectFieldStart("decision");
    g.writeStringField("documentNumber", e.documentNumber());
    g.writeStringField("authorityName", e.authorityName());
    g.writeStringField("authorityUscc", e.authorityUscc());
    g.writeStringField("decidedOn", e.decidedOn().toString());
    g.writeArrayFieldStart("penaltyTypes");
    for (PenaltyType t : e.penaltyTypes()) {
      g.writeString(t.name());
    }
    g.writeEndArray();
    string("fineAmount", e.fineAmount().map(BigDecimal::toPlainString));
    string("confiscatedAmount", e.confiscatedAmount().map(BigDecimal::toPlainString));
    string("basis", e.basis());
    g.writeStringField("content", e.content());
    g.writeEndObject();
    g.writeStringField("publishedOn", e.publishedOn().toString());
    g.writeStringField("lastDay", e.lastDay().toString());
    g.writeBooleanField("underObjection", e.underObjection());
    g.writeEndObject();
  }

  private void string(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  @Override
  public void finish() throws IOException {
    g.writeEndArray();
    g.writeNumberField("count", count);
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }
}
