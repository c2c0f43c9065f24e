package org.chengxin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code chengxin report …} — the reports of SPEC §6 and §7. A parent only: each report is a sub-command
 * ({@code evaluation}, {@code disclosure-list}, {@code progress}).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Reports (报告): evaluation ranking (政务诚信评价排名), public disclosure list (公示清单), "
        + "periodic progress report (进展情况报告).",
    subcommands = {EvaluationReportCommand.class, DisclosureListCommand.class, ProgressCommand.class})
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LangOption lang;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing report ("
        + String.join(", ", spec.subcommands().keySet()) + ")");
  }
}
