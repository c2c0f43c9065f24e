package org.chengxin.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.chengxin.core.ChengxinException;
import org.chengxin.core.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code chengxin} command-line tool (诚信命令行工具, SPEC §9), built as {@code cli/target/chengxin.jar}.
 *
 * <p>Exit codes, everywhere: {@code 0} success, {@code 1} the input has ERRORs (or a verification failed),
 * {@code 2} a usage or I/O error, reported as one line on stderr — never a stack trace. Messages are in
 * Chinese by default, in English with {@code --lang en}. Output is UTF-8 whatever the platform default.
 *
 * <pre>{@code
 * java -jar cli/target/chengxin.jar validate examples/data/records.ndjson
 * }</pre>
 *
 * <p>Embedders and tests run it in-process with {@link #run(PrintWriter, PrintWriter, String...)}.
 */
@Command(
    name = "chengxin",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    footer = {"", "Exit codes: 0 success; 1 the input has ERRORs (or a verification failed); 2 usage or I/O error. "
        + "Messages are in Chinese (zh) by default; use --lang en for English."})
public final class Main implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LangOption lang;

  private Main() {}

  /** Runs the tool and exits the JVM with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = StdoutWriter.over(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), UTF_8), true);
    int code = run(out, err, args);
    System.exit(code);
  }

  /**
   * Runs the tool in-process: parses {@code args}, runs the command, writes to {@code out} and {@code err}
   * (both flushed on return) and returns the exit code (0, 1 or 2). Never throws.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    int code;
    try {
      String[] version = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))
          ? VersionProvider.versionOrNull() : null;
      if (version != null) {
        // what picocli prints for --version, without building the command model first
        for (String line : version) {
          out.println(line);
        }
        return ExitCodes.OK;
      }
      PlainRun plain = PlainRun.parse(args);
      code = plain != null ? plain.execute(out, err) : commandLine(out, err, args).execute(args);
    } catch (LinkageError e) {
      // A broken class path or a failing static initialiser: still one line, never a stack trace.
      Language language = LangOption.fromArgs(args);
      err.println("chengxin" + (language == Language.ZH ? "：内部错误：" : ": internal error: ") + oneLine(e.toString()));
      code = ExitCodes.USAGE;
    } finally {
      out.flush();
      err.flush();
    }
    return code;
  }

  /**
   * The configured picocli command line: every available sub-command, the output streams, the exception
   * handlers (one line, exit code 2) and the strict date converter.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, null);
  }

  /**
   * The command line for running {@code args}: when the first argument names a sub-command, only that
   * sub-command is built (picocli never looks at the others then: the rest of the arguments belong to it);
   * otherwise — help, no or unknown command, an option first — every sub-command, so that help and error texts
   * are those of the whole tree.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
    CommandLine cl = new CommandLine(new Main());
    Object only = args == null || args.length == 0 || args[0] == null ? null : Commands.create(args[0]);
    if (only == null) {
      Commands.register(cl);
    } else {
      cl.addSubcommand(only);
    }
    cl.getCommandSpec().usageMessage().header(
        "Chengxin (诚信): government-integrity dishonesty records (政务失信记录) — " + Commands.NAMES + ".");
    Handlers handlers = new Handlers();
    cl.registerConverter(LocalDate.class, handlers.dates);
    cl.registerConverter(Language.class, handlers.languages);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(handlers);
    cl.setExecutionExceptionHandler(handlers);
    return cl;
  }

  /**
   * The converters and exception handlers, as plain classes: a lambda or method reference would spin a class
   * at run time, on the start-up path of every run.
   */
  private static final class Handlers implements IParameterExceptionHandler, IExecutionExceptionHandler {
    final ITypeConverter<LocalDate> dates = new ITypeConverter<LocalDate>() {
      @Override
      public LocalDate convert(String text) {
        return Dates.parse(text);
      }
    };
    final ITypeConverter<Language> languages = new ITypeConverter<Language>() {
      @Override
      public Language convert(String text) {
        return LangOption.parseLanguage(text);
      }
    };

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      return handleParameterException(ex, args);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
      return Main.handleExecutionException(ex, cl, parseResult);
    }
  }

  /** Without a sub-command: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command (" + Commands.NAMES + ")");
  }

  private static int handleParameterException(ParameterException ex, String[] args) {
    return usageError(ex.getCommandLine().getErr(), ex.getCommandLine().getCommandSpec().qualifiedName(),
        ex.getMessage(), args);
  }

  /** A usage error: one line on {@code err} naming the command; exit code 2. */
  static int usageError(PrintWriter err, String command, String message, String[] args) {
    Language language = LangOption.fromArgs(args);
    String detail = oneLine(message);
    if (language == Language.ZH) {
      err.println(command + "：用法错误：" + detail + "（运行 " + command + " --help 查看用法）");
    } else {
      err.println(command + ": usage error: " + detail + " (see " + command + " --help)");
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  private static int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
    String[] args = parseResult.originalArgs().toArray(new String[0]);
    if (ex instanceof ParameterException) {
      return handleParameterException((ParameterException) ex, args);
    }
    return executionError(ex, cl.getErr(), cl.getCommandSpec().qualifiedName(), args);
  }

  /** An exception from running a command: one line on {@code err}; its exit code (2 unless a CliException's). */
  static int executionError(Exception ex, PrintWriter err, String command, String[] args) {
    Language language = LangOption.fromArgs(args);
    String prefix = command + (language == Language.ZH ? "：" : ": ");
    int code = ExitCodes.USAGE;
    String message;
    if (ex instanceof CliException) {
      CliException e = (CliException) ex;
      code = e.exitCode();
      message = e.message(language);
    } else if (ex instanceof UncheckedIOException || ex.getCause() instanceof IOException) {
      message = ioMessage((IOException) ex.getCause(), language);
    } else if (ex instanceof IOException) {
      message = ioMessage((IOException) ex, language);
    } else if (ex instanceof ChengxinException) {
      message = ex.getMessage();
    } else {
      message = (language == Language.ZH ? "内部错误：" : "internal error: ") + ex;
    }
    err.println(prefix + oneLine(message));
    err.flush();
    return code;
  }

  static String ioMessage(IOException e, Language language) {
    if (e instanceof NoSuchFileException) {
      return language == Language.ZH ? "找不到文件：" + e.getMessage() : "no such file: " + e.getMessage();
    }
    if (e instanceof AccessDeniedException) {
      return language == Language.ZH ? "无权读取：" + e.getMessage() : "access denied: " + e.getMessage();
    }
    return (language == Language.ZH ? "读写错误：" : "I/O error: ") + e;
  }

  /** Collapses line breaks so that every error is exactly one line. */
  static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
