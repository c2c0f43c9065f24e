package org.chengxin.cli;

import picocli.CommandLine;

/** Registers the sub-commands whose libraries exist. */
final class Commands {
  private Commands() {}

  static void register(CommandLine cl) {
    cl.addSubcommand(new CommandLine.HelpCommand());
    cl.addSubcommand(new ValidateCommand());
    cl.addSubcommand(new AssessCommand());
    cl.addSubcommand(new ProfilesCommand());
    cl.addSubcommand(new CalendarCommand());
    cl.addSubcommand(new ReportCommand());
    cl.addSubcommand(new BatchCommand());
    cl.addSubcommand(new ConformanceCommand());
  }
}
