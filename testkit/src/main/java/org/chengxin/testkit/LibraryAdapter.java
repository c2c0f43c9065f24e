package org.chengxin.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.core.Severity;
import org.chengxin.formats.AssessmentJson;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordReader;
import org.chengxin.formats.Validation;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendar;
import org.chengxin.rules.WorkingDayCalendars;

/**
 * The {@link ConformanceAdapter} for this Java library: assessment through {@link Assessor} with the profiles of
 * {@link ProfileRegistry#load()} and the national calendar, validation through {@link Validation}; output written
 * by {@link AssessmentJson} and {@code ValidationReport.toJson()}, exactly as the CLI writes it.
 *
 * <pre>{@code
 * List<VectorResult> results = ConformanceRunner.runAll(ConformanceVectors.fromClasspath(), LibraryAdapter.create());
 * }</pre>
 */
public final class LibraryAdapter implements ConformanceAdapter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ProfileRegistry profiles;
  private final WorkingDayCalendar calendar;
  private final Assessor assessor = Assessor.create();

  private LibraryAdapter(ProfileRegistry profiles, WorkingDayCalendar calendar) {
    this.profiles = profiles;
    this.calendar = calendar;
  }

  /** With the profiles found on the classpath and the national working-day calendar. */
  public static LibraryAdapter create() {
    return new LibraryAdapter(ProfileRegistry.load(), WorkingDayCalendars.national());
  }

  /**
   * Assesses each input record in order; a record the reader rejects (any ERROR) becomes a refusal carrying its
   * ERROR problems, as {@code chengxin assess} writes it.
   */
  @Override
  public JsonNode assess(ConformanceVector vector) {
    Profile profile = profiles.get(vector.profile()
        .orElseThrow(() -> new VectorFormatException("assess vector \"" + vector.id() + "\" names no profile")));
    LocalDate asOf = vector.asOf()
        .orElseThrow(() -> new VectorFormatException("assess vector \"" + vector.id() + "\" has no asOf"));
    ArrayNode out = MAPPER.createArrayNode();
    try (RecordReader reader = RecordReader.of(new ByteArrayInputStream(vector.input()), format(vector))) {
      while (reader.hasNext()) {
        ReadResult read = reader.next();
        AssessmentResult result = read.record().isPresent() && read.isValid()
            ? assessor.assess(read.record().get(), profile, calendar, asOf)
            : AssessmentResult.refused(read.recordId().orElse(null), errors(read.problems()));
        out.add(parse(AssessmentJson.write(result, Language.EN)));
      }
    }
    return out;
  }

  @Override
  public JsonNode validate(ConformanceVector vector) {
    return parse(Validation.validate(new ByteArrayInputStream(vector.input()), format(vector), Language.EN).toJson());
  }

  private static RecordFormat format(ConformanceVector vector) {
    try {
      return RecordFormat.valueOf(vector.format().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new VectorFormatException("vector \"" + vector.id() + "\": format \"" + vector.format()
          + "\" is not supported by this library adapter", e);
    }
  }

  private static List<Problem> errors(List<Problem> problems) {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("unparseable library output: " + json, e);
    }
  }
}
