package org.chengxin.formats.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.TableReader;

/**
 * A manual check that reading a table keeps memory flat: reads FILE with {@link TableReader} and prints the
 * heap in use (after a GC) every 10,000 rows. Run with a small heap, e.g.
 * {@code java -Xmx64m -cp … org.chengxin.formats.bench.TableReaderMemoryCheck penalties.csv [GB18030]}.
 * Not a unit test (no timing or memory assertions there).
 */
public final class TableReaderMemoryCheck {

  private TableReaderMemoryCheck() {}

  public static void main(String[] args) {
    Charset cs = args.length > 1 ? Charset.forName(args[1]) : StandardCharsets.UTF_8;
    Runtime rt = Runtime.getRuntime();
    long rows = 0;
    long valid = 0;
    long maxUsed = 0;
    long start = System.nanoTime();
    try (TableReader reader = TableReader.open(Path.of(args[0]), RecordFormat.AUTO, cs)) {
      while (reader.hasNext()) {
        ReadResult r = reader.next();
        rows++;
        if (r.isValid()) {
          valid++;
        }
        if (rows % 10_000 == 0) {
          System.gc();
          long used = (rt.totalMemory() - rt.freeMemory()) >> 10;
          maxUsed = Math.max(maxUsed, used);
          System.out.printf("%,d rows  heap used %,d KiB  (max heap %,d KiB)%n", rows, used, rt.maxMemory() >> 10);
        }
      }
    }
    System.out.printf("read %,d rows, %,d valid, max heap used after GC %,d KiB, %.1f s%n", rows, valid, maxUsed,
        (System.nanoTime() - start) / 1e9);
  }
}
