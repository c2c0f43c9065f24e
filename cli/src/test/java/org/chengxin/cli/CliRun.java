package org.chengxin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;

/** One in-process run of {@code chengxin}: exit code, stdout and stderr. */
final class CliRun {
  final int code;
  final String out;
  final String err;

  private CliRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The same arguments through the whole picocli tree ({@link Main#commandLine}), not {@link Main#run}'s shortcuts. */
  static CliRun throughWholeTree(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    int code = Main.commandLine(o, e).execute(args);
    o.flush();
    e.flush();
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The repository root (the surefire property, or the parent of the module directory). */
  static Path projectDir() {
    String dir = System.getProperty("chengxin.project.dir");
    return dir != null ? Paths.get(dir) : Paths.get("").toAbsolutePath().getParent();
  }

  /** A file of examples/data. */
  static String sample(String name) {
    return projectDir().resolve("examples/data").resolve(name).toString();
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
