package org.chengxin.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.chengxin.rules.CalendarRangeException;
import org.chengxin.rules.WorkingDayCalendar;
import org.chengxin.rules.WorkingDayCalendars;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chengxin calendar} — the national working-day calendar (全国工作日历, R-DATE-2, R-DATE-4).
 */
@Command(name = "calendar", mixinStandardHelpOptions = true,
    description = "The national working-day calendar (工作日历) with adjusted working days (调休).",
    subcommands = {CalendarCommand.AddWorkingDays.class, CalendarCommand.IsWorkingDay.class})
final class CalendarCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LangOption lang;

  @Override
  public Integer call() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "missing sub-command (add-working-days, is-working-day)");
  }

  static WorkingDayCalendar calendar() {
    return WorkingDayCalendars.national();
  }

  static CliException outOfRange(CalendarRangeException e) {
    return CliException.usage(
        "日期超出日历范围：日历 " + e.firstCovered() + " 至 " + e.lastCovered() + "，不含 " + e.day(),
        "date outside the calendar: it covers " + e.firstCovered() + " to " + e.lastCovered() + ", not " + e.day());
  }

  /** {@code chengxin calendar add-working-days DATE N}: the N-th working day after DATE (R-DATE-2). */
  @Command(name = "add-working-days", mixinStandardHelpOptions = true,
      description = "Prints the N-th working day (工作日) after DATE, DATE not counted (R-DATE-2). Example: 2024-02-05 "
        + "5 → 2024-02-18 (a Sunday that was an adjusted working day).",
      footer = {"", "Exit codes: 0 printed; 2 usage error or a day outside the calendar's years."})
  static final class AddWorkingDays implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LangOption lang;

    @Parameters(index = "0", paramLabel = "DATE", description = "The start day, YYYY-MM-DD (not counted).")
    LocalDate date;

    @Parameters(index = "1", paramLabel = "N", description = "The number of working days, ≥ 1.")
    int n;

    @Override
    public Integer call() {
      if (n < 1) {
        throw CliException.usage("N 必须 ≥ 1，而不是 " + n, "N must be ≥ 1, not " + n);
      }
      LocalDate result;
      try {
        result = calendar().addWorkingDays(date, n);
      } catch (CalendarRangeException e) {
        throw outOfRange(e);
      }
      spec.commandLine().getOut().println(result);
      return ExitCodes.OK;
    }
  }

  /** {@code chengxin calendar is-working-day DATE}: prints {@code true} or {@code false} (R-DATE-4). */
  @Command(name = "is-working-day", mixinStandardHelpOptions = true,
      description = "Prints true if DATE is a working day (工作日), false otherwise (R-DATE-4): an adjusted working day "
        + "(调休), or Monday–Friday and not a holiday.",
      footer = {"", "Exit codes: 0 answered (true or false is printed); 2 usage error or a day outside the "
        + "calendar's years."})
  static final class IsWorkingDay implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LangOption lang;

    @Parameters(index = "0", paramLabel = "DATE", description = "The day, YYYY-MM-DD.")
    LocalDate date;

    @Override
    public Integer call() {
      boolean working;
      try {
        working = calendar().isWorkingDay(date);
      } catch (CalendarRangeException e) {
        throw outOfRange(e);
      }
      spec.commandLine().getOut().println(working);
      return ExitCodes.OK;
    }
  }
}
