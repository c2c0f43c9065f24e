package org.chengxin.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.chengxin.core.Language;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.Validation;
import org.chengxin.formats.ValidationReport;

/**
 * The library path of {@code chengxin validate --json} without the CLI: {@link Validation#validateFiles} and
 * the report's JSON on stdout, for profiling the library on its own.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.chengxin.bench.LibraryValidate FILE
 * }</pre>
 */
public final class LibraryValidate {

  private LibraryValidate() {}

  /**
   * {@code LibraryValidate FILE}.
   *
   * @throws IOException from stdout
   */
  public static void main(String[] args) throws IOException {
    ValidationReport report = Validation.validateFiles(List.of(Path.of(args[0])), RecordFormat.AUTO, Language.ZH);
    Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), UTF_8));
    out.write(report.toJson());
    out.write('\n');
    out.flush();
  }
}
