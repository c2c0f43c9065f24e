package org.chengxin.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.chengxin.core.DivisionRegistry;
import org.chengxin.core.Language;
import org.chengxin.formats.AssessmentLines;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordReader;
import org.chengxin.formats.RecordValidator;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendar;
import org.chengxin.rules.WorkingDayCalendars;

/**
 * The stages of {@code chengxin assess} on one thread, pass after pass in one JVM, for telling first-pass (JIT
 * warm-up) cost from steady-state cost per stage: {@code read} (parse, validate, bind), {@code assess} (+ the
 * engine), {@code write} (+ the NDJSON bytes of {@link AssessmentLines}, discarded block by block). Prints each
 * pass's wall time and the CPU time of the calling thread on stderr.
 *
 * <pre>{@code
 * java -XX:+CITime -cp bench/target/benchmarks.jar org.chengxin.bench.Stages 1 write FILE     # a cold pass, C2 bill
 * java -cp bench/target/benchmarks.jar org.chengxin.bench.Stages 6 read FILE                  # warm: the last passes
 * }</pre>
 */
public final class Stages {

  private Stages() {}

  /**
   * {@code Stages PASSES read|assess|write FILE [THREADS]}: THREADS reader worker threads (default 1, everything on
   * the calling thread); assessed under zhashui-2021 at 2024-03-01, as bench/run.sh does.
   *
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3 || !(args[1].equals("read") || args[1].equals("assess") || args[1].equals("write"))) {
      System.err.println("usage: Stages PASSES read|assess|write FILE [THREADS]");
      System.exit(2);
    }
    int passes = Integer.parseInt(args[0]);
    String stage = args[1];
    Path file = Path.of(args[2]);
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    ProfileRegistry registry = ProfileRegistry.load();
    Profile profile = registry.get("zhashui-2021");
    WorkingDayCalendar calendar = WorkingDayCalendars.national();
    Assessor assessor = Assessor.create();
    LocalDate asOf = LocalDate.of(2024, 3, 1);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < passes; pass++) {
      long wall0 = System.nanoTime();
      long cpu0 = cpu.getCurrentThreadCpuTime();
      long records = 0;
      long bytes = 0;
      AssessmentLines lines = new AssessmentLines();
      RecordValidator validator = RecordValidator.of(registry.jurisdictionUnits(), DivisionRegistry.national());
      try (InputStream in = Files.newInputStream(file);
          RecordReader reader = RecordReader.of(in, RecordFormat.NDJSON, validator, threads)) {
        reader.withoutDuplicateCheck(); // as assess reads (SPEC §3.1)
        while (reader.hasNext()) {
          ReadResult read = reader.next();
          records++;
          if (stage.equals("read")) {
            continue;
          }
          AssessmentResult result = read.isValid()
              ? assessor.assess(read.record().orElseThrow(), profile, calendar, asOf)
              : AssessmentResult.refused(read.recordId().orElse(""), read.problems());
          if (stage.equals("write")) {
            lines.add(result, Language.ZH, read.recordId().isPresent());
            if (lines.size() >= 1 << 18) {
              bytes += lines.size();
              lines.clear();
            }
          }
        }
      }
      bytes += lines.size();
      System.err.println(String.format(Locale.ROOT, "%s pass %d: %d ms wall, %d ms CPU of this thread, %d records, %d MB",
          stage, pass, (System.nanoTime() - wall0) / 1_000_000, (cpu.getCurrentThreadCpuTime() - cpu0) / 1_000_000,
          records, bytes >> 20));
    }
  }
}
