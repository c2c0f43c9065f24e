package org.chengxin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chengxin.core.Language;
import org.chengxin.formats.RecordFormat;
import picocli.CommandLine.ParameterException;

/**
 * The plain run path of {@code validate} and {@code assess}, parsed by hand: picocli's annotation model (reflection,
 * annotation proxies, help sections, ~200 ms of CPU per run) is built only when it is needed. {@link #parse} knows
 * exactly the documented options, in any order, {@code --opt value} and {@code --opt=value}:
 *
 * <pre>{@code
 * validate [--format X] [--encoding UTF-8|GB18030] [--json] [--lang zh|en] FILE…
 * assess --profile ID --as-of YYYY-MM-DD [--format X] [--lang zh|en] FILE
 * }</pre>
 *
 * <p>Anything else — help, version, an unknown or repeated option, a missing or bad value, {@code --}, an
 * {@code @file}, an argument starting with {@code -} or {@code @}, an empty argument — gives {@code null}, and
 * {@link Main#run} lets picocli parse the arguments, so every message and exit code stays picocli's.
 */
final class PlainRun {

  private final String name;
  private final Callable<Integer> command;
  private final String[] args;

  private PlainRun(String name, Callable<Integer> command, String[] args) {
    this.name = name;
    this.command = command;
    this.args = args;
  }

  /** The command {@code args} run with every option set as picocli would set it, or {@code null}. */
  static PlainRun parse(String[] args) {
    if (args.length < 2 || args[0] == null) {
      return null;
    }
    try {
      if (args[0].equals("validate")) {
        ValidateCommand c = validate(args);
        return c == null ? null : new PlainRun("validate", c, args);
      }
      if (args[0].equals("assess")) {
        AssessCommand c = assess(args);
        return c == null ? null : new PlainRun("assess", c, args);
      }
    } catch (RuntimeException e) {
      return null; // a value no converter takes: picocli words the error
    }
    return null;
  }

  /** The values of the options and parameters, before conversion; {@code null} when not plain. */
  private static final class Raw {
    final String[] values;
    final List<String> files = new ArrayList<>();

    Raw(int options) {
      values = new String[options];
    }
  }

  /** Splits {@code args[1..]} into the values of {@code options} (no value: a flag) and the files. */
  private static Raw split(String[] args, String[] options, boolean[] flags) {
    Raw raw = new Raw(options.length);
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a == null || a.isEmpty() || a.charAt(0) == '@') {
        return null;
      }
      if (a.charAt(0) != '-') {
        raw.files.add(a);
        continue;
      }
      int eq = a.indexOf('=');
      String key = eq < 0 ? a : a.substring(0, eq);
      int o = indexOf(options, key);
      if (o < 0 || raw.values[o] != null) {
        return null; // unknown, or given twice
      }
      String value;
      if (flags[o]) {
        if (eq >= 0) {
          return null;
        }
        value = "true";
      } else if (eq >= 0) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return null;
      }
      if (value == null || value.isEmpty() || value.charAt(0) == '-' || value.charAt(0) == '@') {
        return null;
      }
      raw.values[o] = value;
    }
    return raw;
  }

  private static int indexOf(String[] options, String key) {
    for (int i = 0; i < options.length; i++) {
      if (options[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private static final String[] VALIDATE = {"--format", "--encoding", "--json", "--lang"};
  private static final boolean[] VALIDATE_FLAGS = {false, false, true, false};

  private static ValidateCommand validate(String[] args) {
    Raw raw = split(args, VALIDATE, VALIDATE_FLAGS);
    if (raw == null || raw.files.isEmpty()) {
      return null;
    }
    String encoding = raw.values[1] == null ? "UTF-8" : raw.values[1];
    if (ValidateCommand.knownCharset(encoding) == null) {
      return null; // the command's own usage error, worded under picocli
    }
    ValidateCommand c = new ValidateCommand();
    c.format = format(raw.values[0]);
    c.encoding = encoding;
    c.json = raw.values[2] != null;
    c.lang = lang(raw.values[3]);
    List<Path> files = new ArrayList<>(raw.files.size());
    for (String f : raw.files) {
      files.add(Path.of(f));
    }
    c.files = files;
    return c;
  }

  private static final String[] ASSESS = {"--profile", "--as-of", "--format", "--lang"};
  private static final boolean[] ASSESS_FLAGS = {false, false, false, false};

  private static AssessCommand assess(String[] args) {
    Raw raw = split(args, ASSESS, ASSESS_FLAGS);
    if (raw == null || raw.files.size() != 1 || raw.values[0] == null || raw.values[1] == null) {
      return null;
    }
    AssessCommand c = new AssessCommand();
    c.profileId = raw.values[0];
    LocalDate asOf = Dates.parse(raw.values[1]);
    c.asOf = asOf;
    c.format = format(raw.values[2]);
    c.lang = lang(raw.values[3]);
    c.file = Path.of(raw.files.get(0));
    return c;
  }

  private static RecordFormat format(String value) {
    return new ValidateCommand.FormatConverter().convert(value == null ? "auto" : value);
  }

  private static LangOption lang(String value) {
    LangOption lang = new LangOption();
    lang.language = value == null ? Language.ZH : LangOption.parseLanguage(value);
    return lang;
  }

  /**
   * Runs the command as picocli's {@code execute} would, with Main's exception handlers; the exit code. No picocli
   * object is built: loading picocli's model (~400 classes and its type converters) is start-up time of every run.
   */
  int execute(PrintWriter out, PrintWriter err) {
    if (command instanceof ValidateCommand) {
      ValidateCommand c = (ValidateCommand) command;
      c.plainOut = out;
      c.plainErr = err;
    } else {
      AssessCommand c = (AssessCommand) command;
      c.plainOut = out;
      c.plainErr = err;
    }
    String qualifiedName = "chengxin " + name;
    try {
      return command.call();
    } catch (ParameterException e) {
      return Main.usageError(err, qualifiedName, e.getMessage(), args);
    } catch (Exception e) {
      return Main.executionError(e, err, qualifiedName, args);
    }
  }
}
