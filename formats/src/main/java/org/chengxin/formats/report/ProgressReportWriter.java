package org.chengxin.formats.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.chengxin.core.Language;
import org.chengxin.formats.report.internal.ProgressCsv;
import org.chengxin.formats.report.internal.ProgressHtml;
import org.chengxin.formats.report.internal.ProgressJson;

/**
 * Writes a {@link ProgressReport} as JSON (codes, indented), CSV (one row per count: section, code, item, value;
 * headers and labels in zh or en) or a printable HTML page. Layouts in {@code docs/reports.md}.
 */
public final class ProgressReportWriter {

  private ProgressReportWriter() {}

  /**
   * Writes the report and flushes {@code out} (without closing it).
   *
   * @throws UncheckedIOException when writing fails
   */
  public static void write(ProgressReport report, ReportFormat format, Language language, Writer out) {
    requireNonNull(report, "report");
    requireNonNull(format, "format");
    requireNonNull(language, "language");
    requireNonNull(out, "out");
    try {
      switch (format) {
        case JSON:
          ProgressJson.write(report, out);
          break;
        case CSV:
          ProgressCsv.write(report, language, out);
          break;
        default:
          ProgressHtml.write(report, language, out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
