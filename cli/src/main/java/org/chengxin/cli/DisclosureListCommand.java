package org.chengxin.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.chengxin.formats.report.DisclosureList;
import org.chengxin.formats.report.DisclosureListWriter;
import org.chengxin.formats.report.ReportFormat;
import org.chengxin.rules.Profile;
import org.chengxin.rules.WorkingDayCalendars;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chengxin report disclosure-list} — the public disclosure list (公示清单, SPEC §6). */
@Command(name = "disclosure-list", mixinStandardHelpOptions = true,
    description = "Writes the public disclosure list (公示清单) on a day: every record visible then (R-DISC-4), "
        + "natural persons' names and ID numbers masked, as JSON, CSV or a printable HTML page.",
    footer = {"", "Exit codes: 0 written; 1 written, but some records were invalid or could not be assessed "
        + "(listed on stderr); 2 usage or I/O error."})
final class DisclosureListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LangOption lang;

  @Option(names = "--profile", required = true, paramLabel = "ID", description = "The profile, e.g. hainan-2017.")
  String profile;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The day of the list (YYYY-MM-DD).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "json|csv|html", defaultValue = "json",
      converter = ReportFormats.class, description = "Output format (default json).")
  ReportFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path output;

  @Parameters(index = "0", paramLabel = "FILE", description = "Records (NDJSON or a JSON array).")
  Path input;

  @Override
  public Integer call() {
    Profile p = Profiles.get(Profiles.registry(), profile);
    return ReportIo.run(spec, lang.language(), input, output, (reader, out, progress) -> DisclosureList.write(
        reader, p, WorkingDayCalendars.national(), asOf, DisclosureListWriter.of(format, out, lang.language()),
        n -> progress.tick()));
  }
}
