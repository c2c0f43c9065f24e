package org.chengxin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chengxin.core.DivisionRegistry;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordReader;
import org.chengxin.formats.RecordSource;
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
   * Reader worker threads for a command that also works on every record (assess), on this machine: see
   * {@link #workers(int)}.
   */
  static int workers() {
    return workers(Runtime.getRuntime().availableProcessors());
  }

  /**
   * Reader worker threads for {@code processors} processors: 1 (parsing, validating and binding on the command's
   * thread) unless there are 5 or more, then up to 4, keeping one processor for the command's thread, one for the
   * writer's thread ({@link #writerThread(int)}) and one for the JIT compilers. On a run of a few seconds the JIT
   * compilers are busy for most of it, and a thread more than the machine has processors for slows the whole run:
   * on 2 processors, 300,000 records (bench/README.md) take 2.29 s with 2 reader workers and a writer thread, and
   * 1.95 s with everything on one thread.
   */
  static int workers(int processors) {
    return processors >= 5 ? Math.min(4, processors - 3) : 1;
  }

  /** Whether assess writes on a thread of its own: with 3 or more processors (see {@link #workers(int)}). */
  static boolean writerThread(int processors) {
    return processors >= 3;
  }

  /** {@code auto} decides by the file's extension (SPEC §6), then by its first character. */
  static RecordFormat format(RecordFormat requested, Path file) {
    return requested == RecordFormat.AUTO ? RecordFormat.forFileName(file.getFileName().toString()) : requested;
  }

  /**
   * A reader of a file of any format (NDJSON, JSON, flat CSV, 双公示 CSV, XLSX; a CSV in UTF-8) for commands that
   * assess: its validator also knows the non-standard jurisdiction units of every profile (SPEC §3.1), so that a
   * record of such a unit is not {@code DIVISION_UNKNOWN}. A repeated {@code recordId} is not checked (SPEC §3.1:
   * {@code DUPLICATE_RECORD_ID} is for {@code validate} and {@code batch create} only).
   */
  static RecordSource openForAssessment(Path file, RecordFormat format, ProfileRegistry registry) {
    return open(file, format, registry, 1, false);
  }

  /**
   * As {@link #openForAssessment(Path, RecordFormat, ProfileRegistry)}; JSON and NDJSON are parsed on
   * {@code threads} workers.
   */
  static RecordSource openForAssessment(Path file, RecordFormat format, ProfileRegistry registry, int threads) {
    return open(file, format, registry, threads, false);
  }

  /**
   * As {@link #openForAssessment(Path, RecordFormat, ProfileRegistry)}, with {@code DUPLICATE_RECORD_ID} checked
   * (SPEC §3.1): for {@code batch create}.
   */
  static RecordSource openForBatch(Path file, ProfileRegistry registry) {
    return open(file, RecordFormat.AUTO, registry, 1, true);
  }

  private static RecordSource open(Path file, RecordFormat format, ProfileRegistry registry, int threads,
      boolean checkDuplicates) {
    RecordValidator validator = RecordValidator.of(registry.jurisdictionUnits(), DivisionRegistry.national());
    RecordFormat resolved = format(format, file);
    RecordSource source;
    if (resolved.isTable() || resolved == RecordFormat.AUTO && isCsv(file)) {
      source = RecordSource.open(file, resolved, StandardCharsets.UTF_8, validator);
    } else {
      try {
        InputStream in = Files.newInputStream(file);
        source = RecordReader.of(in, resolved, validator, threads);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return checkDuplicates ? source : source.withoutDuplicateCheck();
  }

  private static boolean isCsv(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }
}
