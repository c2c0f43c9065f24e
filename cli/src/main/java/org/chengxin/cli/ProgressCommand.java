package org.chengxin.cli;

import java.util.concurrent.Callable;
import org.chengxin.formats.report.ProgressReportWriter;
import org.chengxin.formats.report.ProgressReports;
import org.chengxin.formats.report.ReportPeriod;
import org.chengxin.formats.report.ReportPeriodException;
import org.chengxin.rules.Profile;
import org.chengxin.rules.WorkingDayCalendars;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chengxin report progress} — the periodic progress report (进展情况报告, SPEC §6). */
@Command(name = "progress", mixinStandardHelpOptions = true,
    description = "Writes the progress report of one period of the profile's reporting schedule (2024-Q1 for a "
        + "quarterly profile, 2024-H2 for a half-yearly one), with its due date, assessed on the period's last day.",
    footer = {"", "Exit codes: 0 written; 1 written, but some records were invalid or could not be assessed "
        + "(listed on stderr); 2 usage or I/O error, a profile without a schedule or a period of the wrong kind."})
final class ProgressCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LangOption lang;

  @Option(names = "--profile", required = true, paramLabel = "ID", description = "The profile, e.g. hainan-2017.")
  String profile;

  @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "2024-Q1 … 2024-Q4 or 2024-H1, 2024-H2.")
  String period;

  @Mixin ReportOptions io;

  @Override
  public Integer call() {
    Profile p = Profiles.get(Profiles.registry(), profile);
    ReportPeriod reportPeriod;
    try {
      reportPeriod = ProgressReports.period(p, period);
    } catch (ReportPeriodException e) {
      throw CliException.usage("报告期不可用：" + e.getMessage(), e.getMessage());
    }
    return ReportIo.run(spec, lang.language(), io.input, io.output, (reader, out, progress) -> {
      ProgressReports.Result r = ProgressReports.compute(reader, p, WorkingDayCalendars.national(), reportPeriod,
          lang.language(), n -> progress.tick());
      ProgressReportWriter.write(r.report(), io.format, lang.language(), out);
      return r.summary();
    });
  }
}
