package org.chengxin.testkit;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
import org.chengxin.formats.RecordSource;
import org.chengxin.formats.RecordValidator;
import org.chengxin.formats.TableReader;
import org.chengxin.formats.Validation;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendar;
import org.chengxin.rules.WorkingDayCalendars;

/**
 * The {@link ConformanceSubject} for this Java library: assessment through {@link Assessor} with the profiles of
 * {@link ProfileRegistry#load()} and the national calendar, validation through {@link Validation}; output written
 * by {@link AssessmentJson} and {@code ValidationReport.toJson()}, exactly as the CLI writes it.
 *
 * <pre>{@code
 * List<VectorResult> results = ConformanceRunner.runAll(ConformanceVectors.fromClasspath(), LibrarySubject.create());
 * }</pre>
 */
public final class LibrarySubject implements ConformanceSubject {

  private final ProfileRegistry profiles;
  private final WorkingDayCalendar calendar;
  private final Assessor assessor = Assessor.create();

  private LibrarySubject(ProfileRegistry profiles, WorkingDayCalendar calendar) {
    this.profiles = profiles;
    this.calendar = calendar;
  }

  /** With the profiles found on the classpath and the national working-day calendar. */
  public static LibrarySubject create() {
    return new LibrarySubject(ProfileRegistry.load(), WorkingDayCalendars.national());
  }

  /**
   * Assesses each input record in order and returns NDJSON; a record the reader rejects (any ERROR) becomes a
   * refusal carrying its ERROR problems, as {@code chengxin assess} writes it.
   */
  @Override
  public String assess(String profileId, LocalDate asOf, byte[] input, String format) {
    Profile profile = profiles.get(profileId);
    StringBuilder out = new StringBuilder();
    try (RecordSource reader = open(input, format(format))) {
      while (reader.hasNext()) {
        ReadResult read = reader.next();
        AssessmentResult result = read.record().isPresent() && read.isValid()
            ? assessor.assess(read.record().get(), profile, calendar, asOf)
            : AssessmentResult.refused(read.recordId().orElse(null), errors(read.problems()));
        out.append(AssessmentJson.write(result, Language.EN)).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Validates with {@link Validation}; {@code auto} reads a table as UTF-8 (a BOM accepted), JSON is always UTF-8.
   *
   * @throws VectorFormatException for an unknown encoding or a format this library does not read
   */
  @Override
  public String validate(byte[] input, String format, String encoding) {
    return Validation.validate(new ByteArrayInputStream(input), format(format), charset(encoding), Language.EN)
        .toJson();
  }

  /** Assessment input: a table reader for CSV and XLSX (UTF-8), else the JSON reader. */
  private static RecordSource open(byte[] input, RecordFormat format) {
    ByteArrayInputStream in = new ByteArrayInputStream(input);
    return format.isTable()
        ? TableReader.of(in, format, StandardCharsets.UTF_8, RecordValidator.standard())
        : RecordReader.of(in, format);
  }

  private static Charset charset(String encoding) {
    if (encoding.equalsIgnoreCase(ConformanceRunner.AUTO_ENCODING)) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw new VectorFormatException("encoding \"" + encoding + "\" is not supported by this library subject", e);
    }
  }

  private static RecordFormat format(String format) {
    try {
      return RecordFormat.valueOf(format.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new VectorFormatException("format \"" + format + "\" is not supported by this library subject", e);
    }
  }

  private static List<Problem> errors(List<Problem> problems) {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }
}
