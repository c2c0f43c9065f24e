package org.chengxin.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.File;
import java.io.IOException;

/**
 * The floor of {@code bench/run.sh}: a bare Jackson streaming pass that reads every token of an NDJSON file
 * and counts the top-level objects (records). Nothing is decoded or kept.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.chengxin.bench.JacksonFloor bench/work/300000.ndjson
 * }</pre>
 */
public final class JacksonFloor {

  private JacksonFloor() {}

  /**
   * {@code JacksonFloor FILE}: prints the number of records and tokens.
   *
   * @throws IOException from the file system or a malformed file
   */
  public static void main(String[] args) throws IOException {
    long records = 0;
    long tokens = 0;
    int depth = 0;
    try (JsonParser p = new JsonFactory().createParser(new File(args[0]))) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        tokens++;
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
          if (depth == 0) {
            records++;
          }
        }
      }
    }
    System.out.println(records + " records, " + tokens + " tokens");
  }
}
