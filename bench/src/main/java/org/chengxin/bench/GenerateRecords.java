package org.chengxin.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chengxin.formats.CanonicalJson;
import org.chengxin.testkit.RecordGenerator;

/**
 * Writes {@code N} valid records from the testkit's {@link RecordGenerator} as canonical NDJSON (one record per
 * line, about 800 bytes each: 300,000 records ≈ 240 MB), the input of {@code bench/run.sh}.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.chengxin.bench.GenerateRecords bench/work/1000000.ndjson 1000000
 * }</pre>
 */
public final class GenerateRecords {

  private GenerateRecords() {}

  /**
   * {@code GenerateRecords FILE N [SEED]}: writes N records (IDs {@code R-0} …) generated with SEED (default 1).
   *
   * @throws IOException from the file system
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: GenerateRecords FILE N [SEED]");
    }
    Path file = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
    write(file, n, seed);
  }

  /**
   * Writes {@code n} records generated with {@code seed} to {@code file}.
   *
   * @throws IOException from the file system
   */
  public static void write(Path file, int n, long seed) throws IOException {
    RecordGenerator gen = new RecordGenerator(seed);
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), UTF_8), 1 << 16)) {
      for (int i = 0; i < n; i++) {
        w.write(CanonicalJson.write(gen.next("R-" + i)));
        w.write('\n');
      }
    }
  }
}
