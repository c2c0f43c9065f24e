package org.chengxin.formats;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes generated records as NDJSON (for the manual benchmark). */
public final class ValidRecordsAccess {

  private ValidRecordsAccess() {}

  /**
   * Writes {@code n} records generated with seed 1.
   *
   * @throws IOException from the file system
   */
  public static void write(Path file, int n) throws IOException {
    ValidRecords gen = new ValidRecords(1);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        w.write(CanonicalJson.write(gen.next("R-" + i)));
        w.write('\n');
      }
    }
  }
}
