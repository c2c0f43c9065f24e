package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.chengxin.core.DivisionRegistry;
import org.chengxin.core.JurisdictionUnits;
import org.chengxin.core.Problem;
import org.chengxin.core.Record;
import org.chengxin.formats.internal.FastCheck;
import org.chengxin.formats.internal.RecordWalk;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The reader's fast path may only say "clean" for records in which the full validator finds nothing; and it
 * must say so for clean canonical records, or it would be useless.
 */
@ExtendWith(InstancioExtension.class)
class FastCheckPropertiesTest {

  /** Garbled records checked, one per Instancio case (each from its own seed). */
  private static final int GARBLED = 4_000;
  private static final AtomicInteger GARBLED_SEEN = new AtomicInteger();
  private static final AtomicInteger PASSED = new AtomicInteger();

  private final FastCheck fast = new FastCheck(JurisdictionUnits.standard(),
      RecordWalk.knownDivisions(DivisionRegistry.national()));
  private final RecordValidator validator = RecordValidator.standard();

  private String clean(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return fast.clean(b, 0, b.length);
  }

  private void impliesNoProblem(String text) {
    String id = clean(text);
    if (id != null) {
      List<Problem> problems = validator.validate(text);
      assertThat(problems).as(text).isEmpty();
      assertThat(id).isEqualTo(CanonicalJson.read(text).recordId());
    }
  }

  @Test
  void passesTheCanonicalFixtures() {
    assertThat(clean(Fixtures.ORG)).isEqualTo("ZS-2024-0001");
    assertThat(clean(Fixtures.OFFICIAL)).isEqualTo("ZS-2024-0002");
  }

  @ParameterizedTest
  @InstancioSource(samples = 2_000)
  @Seed(5L)
  void passesEveryGeneratedCanonicalRecord(long seed) {
    Record r = new ValidRecords(seed).next("R-" + seed);
    assertThat(clean(CanonicalJson.write(r))).as(r.recordId()).isEqualTo(r.recordId());
  }

  @Test
  void passesNoFixture() {
    for (Fixtures.Fixture f : Fixtures.all()) {
      String text = f.tree().toString();
      impliesNoProblem(text);
      assertThat(clean(text)).as(f.name()).isNull();
    }
  }

  @ParameterizedTest
  @InstancioSource(samples = GARBLED)
  @Seed(0xFA57L)
  void passesOnlyCleanRecordsAmongGarbledOnes(long seed) {
    String text = RecordValidatorPropertiesTest.garbage(seed, 1).get(0).toString();
    GARBLED_SEEN.incrementAndGet();
    impliesNoProblem(text);
    if (clean(text) != null) {
      PASSED.incrementAndGet();
    }
  }

  /** Some garbling keeps a record clean (dropping an optional field), so the fast path is exercised. */
  @AfterAll
  static void theFastPathIsExercisedByGarbledRecords() {
    if (GARBLED_SEEN.get() == GARBLED) {
      assertThat(PASSED.get()).isGreaterThan(10);
    }
  }

  @Test
  void anotherFieldOrderTakesTheFullPathAndIsStillValid() {
    String reordered = Fixtures.ORG.replace("\"schemaVersion\":\"1.0\",\"recordId\":\"ZS-2024-0001\",",
        "\"recordId\":\"ZS-2024-0001\",\"schemaVersion\":\"1.0\",");
    assertThat(clean(reordered)).isNull();
    assertThat(validator.validate(reordered)).isEmpty();
    List<ReadResult> results = RecordReaderTest.read(reordered + "\n" + Fixtures.ORG.replace("ZS-2024-0001", "ZS-2024-0005"),
        RecordFormat.NDJSON);
    assertThat(results).extracting(ReadResult::isValid).containsExactly(true, true);
    assertThat(results.get(1).record().get().recordId()).isEqualTo("ZS-2024-0005");
    assertThat(results.get(0).record().get().recordId()).isEqualTo("ZS-2024-0001");
  }
}
