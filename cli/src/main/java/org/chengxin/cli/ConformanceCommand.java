package org.chengxin.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chengxin.testkit.ConformanceRunner;
import org.chengxin.testkit.ConformanceVector;
import org.chengxin.testkit.ConformanceVectors;
import org.chengxin.testkit.LibrarySubject;
import org.chengxin.testkit.VectorResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chengxin conformance run [--vectors DIR]} — runs the conformance vectors (一致性测试向量, SPEC §10) against this
 * library and ends with {@code N passed, N failed}.
 */
@Command(name = "conformance", mixinStandardHelpOptions = true,
    description = "The conformance vectors (一致性测试向量, SPEC §10).",
    subcommands = ConformanceCommand.Run.class)
final class ConformanceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LangOption lang;

  @Override
  public Integer call() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing sub-command (run)");
  }

  /** {@code chengxin conformance run}: every vector against this library. */
  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Runs every conformance vector against this library: the vectors shipped in the testkit, or those "
        + "in DIR (one sub-directory per vector: vector.json, input.*, expected.json). Each failed vector is printed "
        + "with its field-level differences, then the line \"N passed, N failed\".",
      footer = {"", "Exit codes: 0 every vector passed; 1 some vector failed; 2 usage error or a vector that cannot be "
        + "read."})
  static final class Run implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LangOption lang;

    @Option(names = "--vectors", paramLabel = "DIR",
        description = "A directory of vectors in the SPEC §10 layout (default: the vectors shipped in the testkit).")
    Path vectors;

    @Override
    public Integer call() {
      if (vectors != null && !Files.isDirectory(vectors)) {
        throw CliException.usage("不是目录：" + vectors, "not a directory: " + vectors);
      }
      List<ConformanceVector> all = vectors == null
          ? ConformanceVectors.fromClasspath()
          : ConformanceVectors.fromDirectory(vectors);
      List<VectorResult> results = ConformanceRunner.runAll(all, LibrarySubject.create());
      PrintWriter out = spec.commandLine().getOut();
      long failed = 0;
      for (VectorResult result : results) {
        if (!result.passed()) {
          failed++;
          out.println(result.report());
        }
      }
      out.println((results.size() - failed) + " passed, " + failed + " failed");
      out.flush();
      return failed == 0 ? ExitCodes.OK : ExitCodes.INPUT_ERRORS;
    }
  }
}
