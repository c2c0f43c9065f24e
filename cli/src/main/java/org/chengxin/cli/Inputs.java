package org.chengxin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chengxin.core.DivisionRegistry;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordReader;
import org.chengxin.formats.RecordValidator;
import org.chengxin.rules.ProfileRegistry;

/** Input files of the commands: checked before any output, and their format. */
final class Inputs {
  private Inputs() {}

  /** Every file exists and is a readable regular file, else a usage error naming the first that is not. */
  static void checkReadable(List<Path> files) {
    for (Path file : files) {
      if (!Files.exists(file)) {
        throw CliException.usage("找不到文件：" + file, "no such file: " + file);
      }
      if (!Files.isRegularFile(file)) {
        throw CliException.usage("不是文件：" + file, "not a file: " + file);
      }
      if (!Files.isReadable(file)) {
        throw CliException.usage("无权读取：" + file, "cannot read: " + file);
      }
    }
  }

  /**
   * Reader worker threads for a command that also works on every record (assess): with 2 or more processors,
   * parsing, validating and binding run on workers while the command's thread assesses and writes.
   */
  static int workers() {
    int n = Runtime.getRuntime().availableProcessors();
    return n >= 2 ? Math.min(4, n) : 1;
  }

  /** {@code auto} decides by the file's extension (SPEC §6), then by its first character. */
  static RecordFormat format(RecordFormat requested, Path file) {
    return requested == RecordFormat.AUTO ? RecordFormat.forFileName(file.getFileName().toString()) : requested;
  }

  /**
   * A reader of a file for commands that assess: its validator also knows the non-standard jurisdiction units
   * of every profile (SPEC §3.1), so that a record of such a unit is not {@code DIVISION_UNKNOWN}.
   */
  static RecordReader openForAssessment(Path file, RecordFormat format, ProfileRegistry registry) {
    return openForAssessment(file, format, registry, 1);
  }

  /** As {@link #openForAssessment(Path, RecordFormat, ProfileRegistry)}, parsing on {@code threads} workers. */
  static RecordReader openForAssessment(Path file, RecordFormat format, ProfileRegistry registry, int threads) {
    RecordValidator validator = RecordValidator.of(registry.jurisdictionUnits(), DivisionRegistry.national());
    try {
      InputStream in = Files.newInputStream(file);
      return RecordReader.of(in, format(format, file), validator, threads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
