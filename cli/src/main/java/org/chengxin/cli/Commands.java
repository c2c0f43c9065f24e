package org.chengxin.cli;

import picocli.CommandLine;

/**
 * The sub-commands of {@code chengxin}. Building a picocli command model is reflective and costs start-up time,
 * so {@link Main#run} builds only the sub-command a run names ({@link #create}) and the whole tree
 * ({@link #register}) only for everything else (help, usage errors, options before the command).
 */
final class Commands {
  private Commands() {}

  /** The sub-command names in registration order, without {@code help}. */
  static final String NAMES = "validate, assess, profiles, calendar, report, batch, conformance";

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

  /**
   * A new instance of the sub-command named exactly {@code name}, or {@code null} when {@code name} is not a
   * sub-command ({@code help} included: its output lists every sub-command, so it needs the whole tree).
   */
  static Object create(String name) {
    switch (name) {
      case "validate":
        return new ValidateCommand();
      case "assess":
        return new AssessCommand();
      case "profiles":
        return new ProfilesCommand();
      case "calendar":
        return new CalendarCommand();
      case "report":
        return new ReportCommand();
      case "batch":
        return new BatchCommand();
      case "conformance":
        return new ConformanceCommand();
      default:
        return null;
    }
  }
}
