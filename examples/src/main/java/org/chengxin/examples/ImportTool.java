package org.chengxin.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.Validation;
import org.chengxin.formats.ValidationNotice;
import org.chengxin.formats.ValidationReport;

/**
 * Example 2 — an import tool (导入工具): validate an uploaded file and show the submitter every problem, grouped by
 * its stable code, in Chinese and English (SPEC §8).
 *
 * <p>Run: {@code java org.chengxin.examples.ImportTool examples/data/invalid.ndjson} (or a {@code .csv}, {@code .xlsx})
 */
public final class ImportTool {

  private ImportTool() {}

  public static void main(String[] args) {
    Path upload = Path.of(args.length > 0 ? args[0] : "examples/data/invalid.ndjson");
    System.out.print(checkUpload(upload));
  }

  /** The text an import page would show for {@code upload}. */
  public static String checkUpload(Path upload) {
    // 1. Validate the whole file in one pass. AUTO tells the format by the name: .ndjson, .json, .xlsx, and for
    //    .csv the first header (行政相对人名称 → the 双公示 penalty template, otherwise the flat CSV).
    ValidationReport report = Validation.validateFiles(List.of(upload), RecordFormat.AUTO, Language.ZH);

    // 2. The totals: recordsRead = recordsValid + recordsInvalid.
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d 条记录：%d 条有效，%d 条无效 / %d records: %d valid, %d invalid\n",
        report.recordsRead(), report.recordsValid(), report.recordsInvalid(),
        report.recordsRead(), report.recordsValid(), report.recordsInvalid()));

    // 3. One group per problem code, ERRORs first, then WARNINGs; each group keeps its first five occurrences.
    for (ValidationNotice notice : report.notices()) {
      out.append(String.format(Locale.ROOT, "\n[%s] %s × %d\n", notice.severity(), notice.code(), notice.count()));
      for (Problem p : notice.samples()) {
        // JSON text has line numbers; a CSV or XLSX row has its row number and column name.
        String where = p.row().isPresent()
            ? "row " + p.row().get() + " " + p.field().orElse("") + " " + p.recordId().orElse("-")
            : "line " + p.line().map(String::valueOf).orElse("?") + " " + p.recordId().orElse("-");
        out.append("  ").append(where).append('\n')
            .append("    中文：").append(p.message(Language.ZH)).append('\n')
            .append("    EN: ").append(p.message(Language.EN)).append('\n');
      }
    }
    return out.toString();
  }
}
