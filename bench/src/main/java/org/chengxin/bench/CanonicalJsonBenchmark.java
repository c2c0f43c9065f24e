package org.chengxin.bench;

import java.util.concurrent.TimeUnit;
import org.chengxin.core.Record;
import org.chengxin.formats.CanonicalJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Canonical JSON (SPEC §3) of one generated record: {@link CanonicalJson#read(String)} (parse, validate, bind)
 * and {@link CanonicalJson#write(Record)}. Throughput in records per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CanonicalJsonBenchmark {

  private Record[] records;
  private String[] lines;
  private int i;

  /** Generates the sample. */
  @Setup
  public void setUp() {
    records = Samples.records().toArray(new Record[0]);
    lines = Samples.lines(java.util.List.of(records));
  }

  /** Parses one canonical record. */
  @Benchmark
  public Record parse() {
    return CanonicalJson.read(lines[i++ & (Samples.SIZE - 1)]);
  }

  /** Writes one record as canonical JSON. */
  @Benchmark
  public String write() {
    return CanonicalJson.write(records[i++ & (Samples.SIZE - 1)]);
  }
}
