package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Severity;

/**
 * Builds a {@link ValidationReport} from read results, one at a time and in constant memory (counts and the
 * first five samples per code). Accepts the results of several inputs in turn; also accepts rows of other
 * readers (CSV, XLSX) as a list of problems. Not thread-safe.
 *
 * <pre>{@code
 * ValidationCollector collector = new ValidationCollector(Language.ZH);
 * try (RecordReader reader = RecordReader.open(path, RecordFormat.AUTO)) {
 *   reader.forEachRemaining(collector::accept);
 * }
 * ValidationReport report = collector.report();
 * }</pre>
 */
public final class ValidationCollector {

  /** Samples kept per code (SPEC §8). */
  public static final int SAMPLES = 5;

  private final Language language;
  private final Map<ProblemCode, long[]> counts = new EnumMap<>(ProblemCode.class);
  private final Map<ProblemCode, List<Problem>> samples = new EnumMap<>(ProblemCode.class);
  private long valid;
  private long invalid;
  private long errors;
  private long warnings;

  /** A collector whose report's messages are in {@code language}. */
  public ValidationCollector(Language language) {
    this.language = requireNonNull(language, "language");
  }

  /** Counts one record read by a {@link RecordReader}. */
  public void accept(ReadResult result) {
    accept(result.problems());
  }

  /** Counts one record with its problems (already located); invalid when one of them is an ERROR. */
  public void accept(List<Problem> problems) {
    if (problems.isEmpty()) {
      valid++; // the usual case: no iterator
      return;
    }
    boolean error = false;
    for (Problem p : problems) {
      ProblemCode code = p.code();
      counts.computeIfAbsent(code, c -> new long[1])[0]++;
      List<Problem> list = samples.computeIfAbsent(code, c -> new ArrayList<>(SAMPLES));
      if (list.size() < SAMPLES) {
        list.add(p);
      }
      if (p.severity() == Severity.ERROR) {
        errors++;
        error = true;
      } else if (p.severity() == Severity.WARNING) {
        warnings++;
      }
    }
    if (error) {
      invalid++;
    } else {
      valid++;
    }
  }

  /** The report so far. */
  public ValidationReport report() {
    List<ValidationNotice> notices = new ArrayList<>();
    for (Map.Entry<ProblemCode, long[]> e : counts.entrySet()) {
      notices.add(ValidationNotice.of(e.getKey(), e.getValue()[0], samples.get(e.getKey())));
    }
    notices.sort(Comparator.comparing((ValidationNotice n) -> n.severity())
        .thenComparing(n -> n.code().name()));
    return ValidationReport.of(valid, invalid, errors, warnings, notices, language);
  }
}
