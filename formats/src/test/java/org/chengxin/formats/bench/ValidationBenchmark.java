package org.chengxin.formats.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.nio.file.Path;
import java.util.List;
import org.chengxin.core.Language;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.Validation;
import org.chengxin.formats.ValidationReport;

/**
 * A manual benchmark (not a test): {@code gen FILE N} writes N generated records as NDJSON, {@code bare FILE}
 * is a bare Jackson streaming pass, {@code validate FILE} is {@link Validation#validateFiles}. Run each in its
 * own JVM and compare wall times (SPEC: validate ≤ 2× bare, JVM start included).
 */
public final class ValidationBenchmark {

  private ValidationBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    long start = System.nanoTime();
    switch (args[0]) {
      case "gen":
        org.chengxin.formats.ValidRecordsAccess.write(file, Integer.parseInt(args[2]));
        break;
      case "bare":
        long tokens = 0;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
          while (p.nextToken() != null) {
            tokens++;
          }
        }
        System.out.println(tokens + " tokens");
        break;
      default:
        ValidationReport r = Validation.validateFiles(List.of(file), RecordFormat.AUTO, Language.EN);
        System.out.println(r.recordsRead() + " records, " + r.recordsInvalid() + " invalid");
        break;
    }
    System.out.println(args[0] + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
  }
}
