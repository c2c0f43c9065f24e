package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.chengxin.rules.Deduction;
import org.chengxin.rules.EvaluationResult;
import org.chengxin.rules.UnitEvaluation;

/**
 * The evaluation ranking as JSON (SPEC §7), exactly
 * {@code {"profile":{"id","version"},"period":{"from","to"},"units":[{"unit","name","score","rank","warning",
 * "deductions":[{"indicator","count","points","basis"}]}]}} on one line, ending with a line feed.
 *
 * <p>{@code score} and {@code points} are JSON numbers written with exactly 2 decimals ({@code 97.50},
 * {@code 3.33}; points HALF_UP from their exact value), so the text is byte-stable; numerically {@code 97.50} is
 * the SPEC example's {@code 97.5}. {@code name} is {@code null} for a unit known only from commitments,
 * complaints or litigation; {@code basis} is the weight's citation.
 */
public final class EvaluationReportJson {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private EvaluationReportJson() {}

  /** The report text. */
  public static String write(EvaluationResult result) {
    requireNonNull(result, "result");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeObjectFieldStart("profile");
      g.writeStringField("id", result.profile().id());
      g.writeStringField("version", result.profile().version());
      g.writeEndObject();
      g.writeObjectFieldStart("period");
      g.writeStringField("from", result.period().from().toString());
      g.writeStringField("to", result.period().to().toString());
      g.writeEndObject();
      g.writeArrayFieldStart("units");
      for (UnitEvaluation u : result.units()) {
        g.writeStartObject();
        g.writeStringField("unit", u.unit());
        g.writeFieldName("name");
        if (u.name().isPresent()) {
          g.writeString(u.name().get());
        } else {
          g.writeNull();
        }
        g.writeFieldName("score");
        g.writeNumber(twoDecimals(u.score()));
        g.writeNumberField("rank", u.rank());
        g.writeStringField("warning", u.warning().name());
        g.writeArrayFieldStart("deductions");
        for (Deduction d : u.deductions()) {
          g.writeStartObject();
          g.writeStringField("indicator", d.indicator().name());
          g.writeNumberField("count", d.count());
          g.writeFieldName("points");
          g.writeNumber(twoDecimals(d.points()));
          g.writeStringField("basis", d.basis().citation());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /** A decimal as plain text with exactly 2 decimals, HALF_UP. */
  static String twoDecimals(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
