package org.chengxin.bench;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordReader;
import org.chengxin.formats.RecordValidator;
import org.chengxin.formats.Validation;
import org.chengxin.formats.ValidationReport;
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
 * Validation (SPEC §8) of generated records: one record text through {@link RecordValidator#validate(String)}
 * (the full tree validator), and a 1,024-record NDJSON batch through {@link RecordReader} (the reader's one-pass
 * fast path, as {@code chengxin assess} reads) and {@link Validation#validate} (as {@code chengxin validate}
 * does). Throughput in records per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

  private final RecordValidator validator = RecordValidator.standard();
  private String[] lines;
  private byte[] ndjson;
  private int i;

  /** Generates the sample. */
  @Setup
  public void setUp() {
    lines = Samples.lines(Samples.records());
    ndjson = Samples.ndjson(lines);
  }

  /** Validates one record text with the full validator. */
  @Benchmark
  public List<Problem> validateText() {
    return validator.validate(lines[i++ & (Samples.SIZE - 1)]);
  }

  /** Reads, validates and binds a batch with the streaming reader (one thread). */
  @Benchmark
  @OperationsPerInvocation(Samples.SIZE)
  public void readBatch(Blackhole bh) {
    try (RecordReader reader =
        RecordReader.of(new ByteArrayInputStream(ndjson), RecordFormat.NDJSON, validator, 1)) {
      while (reader.hasNext()) {
        ReadResult r = reader.next();
        bh.consume(r.record());
      }
    }
  }

  /** Validates a batch into a report, as {@code chengxin validate} does. */
  @Benchmark
  @OperationsPerInvocation(Samples.SIZE)
  public ValidationReport validateBatch() {
    return Validation.validate(new ByteArrayInputStream(ndjson), RecordFormat.NDJSON, Language.EN);
  }
}
