package org.chengxin.formats.report.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import org.chengxin.core.Language;
import org.chengxin.formats.report.DisclosureEntry;
import org.chengxin.formats.report.DisclosureListWriter;
import org.chengxin.rules.ProfileRef;

/**
 * The disclosure list as CSV: a byte-order mark, one header line (zh or en), one line per entry with labels in
 * the same language; formula-looking cells prefixed with {@code '}. No summary line (a CSV holds rows only).
 */
public final class DisclosureCsv extends DisclosureListWriter {

  public DisclosureCsv(Writer out, Language language) {
    super(out, language);
  }

  @Override
  public void start(ProfileRef profile, LocalDate asOf) throws IOException {
    out.write('\uFEFF');
    out.write(Text.csvLine(DisclosureColumns.headers(language)));
  }

  @Override
  protected void entry(DisclosureEntry entry) throws IOException {
    out.write(Text.csvLine(DisclosureColumns.cells(entry, language)));
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
