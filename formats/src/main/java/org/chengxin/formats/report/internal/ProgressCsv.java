package org.chengxin.formats.report.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.chengxin.core.Language;
import org.chengxin.formats.report.ProgressReport;

/** The progress report as CSV: a byte-order mark, a header, one row per count. */
public final class ProgressCsv {

  private ProgressCsv() {}

  public static void write(ProgressReport r, Language language, Writer out) throws IOException {
    out.write('\uFEFF');
    out.write(Text.csvLine(language == Language.ZH ? List.of("分组", "代码", "项目", "数值")
        : List.of("section", "code", "item", "value")));
    for (ProgressRows.Row row : ProgressRows.of(r, language)) {
      out.write(Text.csvLine(List.of(row.section, row.code, row.item, row.value)));
    }
  }
}
