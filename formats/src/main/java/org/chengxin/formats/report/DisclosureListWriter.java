package org.chengxin.formats.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import org.chengxin.core.Language;
import org.chengxin.formats.report.internal.DisclosureCsv;
import org.chengxin.formats.report.internal.DisclosureHtml;
import org.chengxin.formats.report.internal.DisclosureJson;
import org.chengxin.rules.ProfileRef;

/**
 * Writes a public disclosure list as it is produced, one entry at a time (constant memory): {@link #start}, then
 * {@link #write} per entry, then {@link #finish} (which writes the count and flushes, but does not close the
 * writer). The layouts of the three formats are in {@code docs/reports.md}.
 *
 * <pre>{@code
 * DisclosureListWriter w = DisclosureListWriter.of(ReportFormat.HTML, out, Language.ZH);
 * w.start(ProfileRef.of("hainan-2017", "1"), LocalDate.parse("2024-06-30"));
 * w.write(entry);
 * w.finish();
 * }</pre>
 */
public abstract class DisclosureListWriter {

  /** The target. */
  protected final Writer out;
  /** The language of headers and labels. */
  protected final Language language;
  /** Entries written so far. */
  protected long count;

  /** A writer to {@code out} in {@code language}. */
  protected DisclosureListWriter(Writer out, Language language) {
    this.out = requireNonNull(out, "out");
    this.language = requireNonNull(language, "language");
  }

  /** A writer of the given format (headers and labels in {@code language}; JSON uses codes only). */
  public static DisclosureListWriter of(ReportFormat format, Writer out, Language language) {
    requireNonNull(format, "format");
    switch (format) {
      case JSON:
        return new DisclosureJson(out, language);
      case CSV:
        return new DisclosureCsv(out, language);
      default:
        return new DisclosureHtml(out, language);
    }
  }

  /** The language of headers and labels. */
  public final Language language() {
    return language;
  }

  /** Entries written so far. */
  public final long count() {
    return count;
  }

  /** Starts the list. */
  public abstract void start(ProfileRef profile, LocalDate asOf) throws IOException;

  /** Writes one entry. */
  public final void write(DisclosureEntry entry) throws IOException {
    count++;
    entry(requireNonNull(entry, "entry"));
  }

  /** Writes one entry (the {@code count}-th). */
  protected abstract void entry(DisclosureEntry entry) throws IOException;

  /** Ends the list and flushes the target (without closing it). */
  public abstract void finish() throws IOException;
}
