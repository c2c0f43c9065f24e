package org.chengxin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code chengxin report …} — the reports of SPEC §6 (报表). */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Reports (报表): the public disclosure list (公示清单) and the periodic progress report (进展情况报告).",
    subcommands = {DisclosureListCommand.class, ProgressCommand.class})
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LangOption lang;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing sub-command (disclosure-list, progress)");
  }
}
