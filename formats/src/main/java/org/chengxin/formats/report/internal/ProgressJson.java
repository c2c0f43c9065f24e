package org.chengxin.formats.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.chengxin.formats.report.ProgressReport;

/** The progress report as indented JSON with codes (layout in docs/reports.md). */
public final class ProgressJson {

  private ProgressJson() {}

  public static void write(ProgressReport r, Writer out) throws IOException {
    try (JsonGenerator g = BatchJson.MAPPER.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", "chengxin.progress/1");
      g.writeObjectFieldStart("profile");
      g.writeStringField("id", r.profile().id());
      g.writeStringField("version", r.profile().version());
      g.writeEndObject();
      g.writeObjectFieldStart("period");
      g.writeStringField("id", r.period().id());
      g.writeStringField("from", r.period().from().toString());
      g.writeStringField("to", r.period().to().toString());
      g.writeEndObject();
      g.writeStringField("dueOn", r.dueOn().toString());
      g.writeStringField("recipient", r.recipient());
      g.writeStringField("asOf", r.asOf().toString());
      g.writeObjectFieldStart("newRecords");
      g.writeNumberField("total", r.newRecords());
      map(g, "byCategory", r.newByCategory());
      map(g, "byTier", r.newByTier());
      map(g, "bySubjectKind", r.newBySubjectKind());
      g.writeEndObject();
      g.writeObjectFieldStart("publication");
      g.writeNumberField("due", r.publicationDue());
      g.writeNumberField("onTime", r.publishedOnTime());
      g.writeNumberField("late", r.publishedLate());
      g.writeNumberField("overdue", r.publicationOverdue());
      g.writeNumberField("pending", r.publicationPending());
      g.writeEndObject();
      g.writeObjectFieldStart("objections");
      g.writeNumberField("filed", r.objectionsFiled());
      g.writeNumberField("resolved", r.objectionsResolved());
      g.writeNumberField("overdue", r.objectionsOverdue());
      g.writeEndObject();
      g.writeObjectFieldStart("repairs");
      g.writeNumberField("applied", r.repairsApplied());
      g.writeNumberField("approved", r.repairsApproved());
      g.writeEndObject();
      g.writeObjectFieldStart("endings");
      g.writeNumberField("expired", r.expired());
      g.writeNumberField("revoked", r.revoked());
      g.writeEndObject();
      map(g, "activeMeasures", r.activeMeasures());
      g.writeNumberField("rectificationsOverdue", r.rectificationsOverdue());
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void map(JsonGenerator g, String name, Map<? extends Enum<?>, Long> counts) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<? extends Enum<?>, Long> e : counts.entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
  }
}
