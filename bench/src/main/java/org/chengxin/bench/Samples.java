package org.chengxin.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.core.Record;
import org.chengxin.formats.CanonicalJson;
import org.chengxin.testkit.RecordGenerator;

/** Fixed samples of generated records shared by the JMH benchmarks (seed 1, so every run sees the same data). */
final class Samples {

  /** Records per sample: a power of two, so a benchmark cycles through them with a mask. */
  static final int SIZE = 1024;

  private Samples() {}

  static List<Record> records() {
    RecordGenerator gen = new RecordGenerator(1);
    List<Record> list = new ArrayList<>(SIZE);
    for (int i = 0; i < SIZE; i++) {
      list.add(gen.next("R-" + i));
    }
    return list;
  }

  static String[] lines(List<Record> records) {
    String[] lines = new String[records.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = CanonicalJson.write(records.get(i));
    }
    return lines;
  }

  static byte[] ndjson(String[] lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(lines.length * 900);
    for (String line : lines) {
      out.writeBytes(line.getBytes(UTF_8));
      out.write('\n');
    }
    return out.toByteArray();
  }
}
