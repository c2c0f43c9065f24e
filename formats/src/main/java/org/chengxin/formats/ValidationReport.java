package org.chengxin.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.formats.internal.Streaming;
import org.immutables.value.Value;

/**
 * 校验报告 — the outcome of validating one or more inputs (SPEC §8): record counts, problem counts and one
 * {@link ValidationNotice} per problem code, sorted by severity (ERROR, WARNING, INFO) then code name.
 * Build it with a {@link ValidationCollector} or {@link Validation}.
 *
 * <p>{@code errors} and {@code warnings} count problems (occurrences), not records; a record is invalid when it
 * has at least one ERROR, and {@code recordsRead = recordsValid + recordsInvalid} always.
 */
@Value.Immutable
public abstract class ValidationReport {

  /** Every record read (a line that is not valid JSON counts as one record). */
  public final long recordsRead() {
    return recordsValid() + recordsInvalid();
  }

  /** Records without ERROR. */
  public abstract long recordsValid();

  /** Records with at least one ERROR. */
  public abstract long recordsInvalid();

  /** ERROR problems. */
  public abstract long errors();

  /** WARNING problems. */
  public abstract long warnings();

  /** One notice per code, sorted by severity then code name. */
  public abstract List<ValidationNotice> notices();

  /** The language of the messages in {@link #toJson()} and {@link #summary()}. */
  public abstract Language language();

  /** Whether any record was invalid (the CLI exits 1). */
  public final boolean hasErrors() {
    return recordsInvalid() > 0;
  }

  /** The report of SPEC §8 as compact JSON, messages in {@link #language()}. */
  public final String toJson() {
    return json(false);
  }

  /** The same JSON, indented for reading. */
  public final String toPrettyJson() {
    return json(true);
  }

  private String json(boolean pretty) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Streaming.FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the report of SPEC §8 to a generator: {@code {"recordsRead","recordsValid","recordsInvalid","errors",
   * "warnings","notices":[{"code","severity","count","samples":[{"recordId","line","row","path","value",
   * "message"}]}]}}, absent fields as null.
   *
   * @throws IOException from the generator
   */
  public final void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("recordsRead", recordsRead());
    g.writeNumberField("recordsValid", recordsValid());
    g.writeNumberField("recordsInvalid", recordsInvalid());
    g.writeNumberField("errors", errors());
    g.writeNumberField("warnings", warnings());
    g.writeArrayFieldStart("notices");
    for (ValidationNotice n : notices()) {
      g.writeStartObject();
      g.writeStringField("code", n.code().name());
      g.writeStringField("severity", n.severity().name());
      g.writeNumberField("count", n.count());
      g.writeArrayFieldStart("samples");
      for (Problem p : n.samples()) {
        g.writeStartObject();
        g.writeStringField("recordId", p.recordId().orElse(null));
        if (p.line().isPresent()) {
          g.writeNumberField("line", p.line().get());
        } else {
          g.writeNullField("line");
        }
        if (p.row().isPresent()) {
          g.writeNumberField("row", p.row().get());
        } else {
          g.writeNullField("row");
        }
        g.writeStringField("path", p.path());
        g.writeStringField("value", p.value().orElse(null));
        g.writeStringField("message", p.message(language()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A readable summary for a terminal, in {@link #language()}. */
  public final String summary() {
    return ReportText.summary(this);
  }

  static ValidationReport of(long valid, long invalid, long errors, long warnings, List<ValidationNotice> notices,
      Language language) {
    return ImmutableValidationReport.builder().recordsValid(valid).recordsInvalid(invalid).errors(errors)
        .warnings(warnings).notices(notices).language(language).build();
  }
}
