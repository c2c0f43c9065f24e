package org.chengxin.formats.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordSource;
import org.chengxin.formats.TableTemplate;
import org.chengxin.formats.TableWriter;

/**
 * A manual tool: copies the valid records of any input ({@link RecordSource}, format by extension) to an XLSX
 * file in a template, e.g. to make a 100,000-row workbook for {@link TableReaderMemoryCheck}.
 * {@code TableConvert IN OUT.xlsx FLAT|PENALTY_LEGAL_PERSON|PENALTY_NATURAL_PERSON}.
 */
public final class TableConvert {

  private TableConvert() {}

  public static void main(String[] args) throws IOException {
    TableTemplate template = TableTemplate.valueOf(args[2]);
    try (RecordSource in = RecordSource.open(Path.of(args[0]), RecordFormat.AUTO, StandardCharsets.UTF_8);
        OutputStream os = Files.newOutputStream(Path.of(args[1]));
        TableWriter out = TableWriter.xlsx(os, template)) {
      in.forEachRemaining(r -> r.record().ifPresent(out::write));
    }
  }
}
