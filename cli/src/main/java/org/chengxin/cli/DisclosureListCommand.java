package org.chengxin.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.chengxin.formats.report.DisclosureList;
import org.chengxin.formats.report.DisclosureListWriter;
import org.chengxin.rules.Profile;
import org.chengxin.rules.WorkingDayCalendars;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Mixin ReportOptions io;

  @Override
  public Integer call() {
    Profile p = Profiles.get(Profiles.registry(), profile);
    return ReportIo.run(spec, lang.language(), io.input, io.output, (reader, out, progress) -> DisclosureList.write(
        reader, p, WorkingDayCalendars.national(), asOf, DisclosureListWriter.of(io.format, out, lang.language()),
        n -> progress.tick()));
  }
}
