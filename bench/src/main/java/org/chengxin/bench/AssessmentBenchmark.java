package org.chengxin.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.chengxin.core.Language;
import org.chengxin.core.Record;
import org.chengxin.formats.AssessmentJson;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendar;
import org.chengxin.rules.WorkingDayCalendars;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assessment (SPEC §4) of a mix of generated records (every category, with and without events) under each seed
 * profile on 2024-03-01: the engine alone ({@link Assessor#assess}) and the engine plus the JSON output of
 * {@code chengxin assess} ({@link AssessmentJson#write(AssessmentResult, Language)}). Throughput in records per
 * second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessmentBenchmark {

  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);

  /** The seed profile. */
  @Param({"cn-national", "zhashui-2021", "fujian-2017", "hainan-2017", "qinhuangdao-transport-2021",
      "shenfu-2022"})
  public String profileId;

  private final Assessor assessor = Assessor.create();
  private Profile profile;
  private WorkingDayCalendar calendar;
  private Record[] records;
  private int i;

  /** Loads the profile and the national calendar and generates the sample. */
  @Setup
  public void setUp() {
    profile = ProfileRegistry.load().get(profileId);
    calendar = WorkingDayCalendars.national();
    records = Samples.records().toArray(new Record[0]);
  }

  /** Assesses one record. */
  @Benchmark
  public AssessmentResult assess() {
    return assessor.assess(records[i++ & (Samples.SIZE - 1)], profile, calendar, AS_OF);
  }

  /** Assesses one record and writes the result as JSON. */
  @Benchmark
  public String assessAndWrite() {
    return AssessmentJson.write(assessor.assess(records[i++ & (Samples.SIZE - 1)], profile, calendar, AS_OF),
        Language.ZH);
  }
}
