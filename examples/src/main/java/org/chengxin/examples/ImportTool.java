package org.chengxin.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>Run: {@code java org.chengxin.examples.ImportTool examples/data/invalid.ndjson}
 */
public final class ImportTool {

  private ImportTool() {}

  public static void main(String[] args) {
    Path upload = Path.of(args.length > 0 ? args[0] : "examples/data/invalid.ndjson");
    System.out.print(checkUpload(upload));
  }

  /** The text an import page would show for {@code upload}. */
  public static String checkUpload(Path upload) {
    // 1. Validate the whole file in one pass. AUTO picks NDJSON or a JSON array from the file name.
    ValidationReport report;
    try (InputStream in = Files.newInputStream(upload)) {
      report = Validation.validate(in, RecordFormat.forFileName(upload.toString()), Language.ZH);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    // 2. The totals: recordsRead = recordsValid + recordsInvalid.
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d 条记录：%d 条有效，%d 条无效 / %d records: %d valid, %d invalid%n",
        report.recordsRead(), report.recordsValid(), report.recordsInvalid(),
        report.recordsRead(), report.recordsValid(), report.recordsInvalid()));

    // 3. One group per problem code, ERRORs first, then WARNINGs; each group keeps its first five occurrences.
    for (ValidationNotice notice : report.notices()) {
      out.append(String.format(Locale.ROOT, "%n[%s] %s × %d%n", notice.severity(), notice.code(), notice.count()));
      for (Problem p : notice.samples()) {
        String where = "line " + p.line().map(String::valueOf).orElse("?") + " " + p.recordId().orElse("-");
        out.append("  ").append(where).append('\n')
            .append("    中文：").append(p.message(Language.ZH)).append('\n')
            .append("    EN: ").append(p.message(Language.EN)).append('\n');
      }
    }
    return out.toString();
  }
}
