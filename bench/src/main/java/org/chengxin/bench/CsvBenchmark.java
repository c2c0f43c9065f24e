package org.chengxin.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.chengxin.core.Record;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordValidator;
import org.chengxin.formats.TableReader;
import org.chengxin.formats.TableTemplate;
import org.chengxin.formats.TableWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CSV read (SPEC §6): the 1,024 generated records written as the flat canonical CSV, read back, validated and
 * bound by {@link TableReader}. Throughput in records (rows) per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvBenchmark {

  private final RecordValidator validator = RecordValidator.standard();
  private byte[] csv;

  /** Writes the sample as flat CSV. */
  @Setup
  public void setUp() {
    StringWriter out = new StringWriter();
    try (TableWriter w = TableWriter.csv(out, TableTemplate.FLAT)) {
      for (Record r : Samples.records()) {
        w.write(r);
      }
    }
    csv = out.toString().getBytes(UTF_8);
  }

  /** Reads, validates and binds every row. */
  @Benchmark
  @OperationsPerInvocation(Samples.SIZE)
  public void readCsv(Blackhole bh) {
    try (TableReader reader =
        TableReader.of(new ByteArrayInputStream(csv), RecordFormat.CSV, UTF_8, validator)) {
      while (reader.hasNext()) {
        ReadResult r = reader.next();
        bh.consume(r.record());
      }
    }
  }
}
