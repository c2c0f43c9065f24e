package org.chengxin.examples;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.chengxin.core.Language;
import org.chengxin.core.Severity;
import org.chengxin.formats.AssessmentJson;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordReader;
import org.chengxin.formats.Validation;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendars;
import org.chengxin.testkit.ConformanceSubject;
import org.chengxin.testkit.ConformanceTests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Example 3 — a partner project's integration test (合作方一致性测试): add {@code org.chengxin:chengxin-testkit} in test
 * scope, implement {@link ConformanceSubject} over your own platform, and return
 * {@link ConformanceTests#dynamicTests} from a {@code @TestFactory}. Every vector becomes one test, named by its id
 * and description; a failure lists each differing field ({@code /0/disclosure/publishBy: expected …, actual …}).
 *
 * <p>Here "the platform" is the Chengxin library itself, driven through its public API. A platform written in
 * another language would start its own process in {@code assess} and {@code validate} and return its stdout.
 */
class PartnerConformanceTest {

  /** The adapter a partner writes: bytes in, JSON text out. */
  static final class MyPlatform implements ConformanceSubject {
    private final ProfileRegistry profiles = ProfileRegistry.load();
    private final Assessor assessor = Assessor.create();

    @Override
    public String assess(String profileId, LocalDate asOf, byte[] input, String format) {
      StringBuilder ndjson = new StringBuilder();
      try (RecordReader reader = RecordReader.of(new ByteArrayInputStream(input), format(format))) {
        while (reader.hasNext()) {
          ReadResult read = reader.next();
          // An invalid record is refused with its problems; a valid one is assessed.
          AssessmentResult result = read.isValid()
              ? assessor.assess(read.record().get(), profiles.get(profileId), WorkingDayCalendars.national(), asOf)
              : AssessmentResult.refused(read.recordId().orElse(null),
                  read.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList());
          ndjson.append(AssessmentJson.write(result, Language.EN)).append('\n');
        }
      }
      return ndjson.toString();
    }

    @Override
    public String validate(byte[] input, String format, String encoding) {
      return Validation.validate(new ByteArrayInputStream(input), format(format), Language.EN).toJson();
    }

    private static RecordFormat format(String format) {
      return RecordFormat.valueOf(format.toUpperCase(Locale.ROOT));
    }
  }

  @TestFactory
  Stream<DynamicTest> chengxinConformanceVectors() {
    return ConformanceTests.dynamicTests(new MyPlatform());
  }
}
