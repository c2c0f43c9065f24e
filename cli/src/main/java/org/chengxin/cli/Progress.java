package org.chengxin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chengxin.core.Language;

/**
 * Progress on stderr for long inputs (SPEC §9): shown only once more than {@value #THRESHOLD} records have
 * been read, and only when the tool runs in a terminal, so that pipes, files and tests never see it.
 *
 * <pre>{@code
 * Progress progress = Progress.forTerminal(err, language);
 * for (...) { progress.tick(); }
 * progress.done();
 * }</pre>
 */
final class Progress {
  /** Inputs up to this many records never show progress. */
  static final long THRESHOLD = 10_000;
  /** Progress is redrawn every this many records. */
  static final long STEP = 10_000;

  private final PrintWriter err;
  private final boolean enabled;
  private final Language language;
  private long count;

  Progress(PrintWriter err, boolean enabled, Language language) {
    this.err = err;
    this.enabled = enabled;
    this.language = language;
  }

  /** Progress that shows only when stderr is a terminal (see {@link #stderrIsTerminal()}). */
  static Progress forTerminal(PrintWriter err, Language language) {
    return new Progress(err, stderrIsTerminal(), language);
  }

  /**
   * Whether stderr is a terminal. Where {@code /proc/self/fd/2} exists (Linux) it tells exactly, so that
   * {@code chengxin assess … > out.ndjson} still shows progress; elsewhere the JVM's own test,
   * {@code System.console() != null} (stdin and stdout are a terminal), stands in.
   */
  static boolean stderrIsTerminal() {
    Path fd2 = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // fall through to the JVM's test
    }
    return System.console() != null;
  }

  /** Counts one more record. */
  void tick() {
    count++;
    if (enabled && count > THRESHOLD && count % STEP == 0) {
      err.print("\r" + text());
      err.flush();
    }
  }

  /** Ends the progress line, if one was shown. */
  void done() {
    if (enabled && count > THRESHOLD) {
      err.println("\r" + text());
      err.flush();
    }
  }

  /** The records counted so far. */
  long count() {
    return count;
  }

  private String text() {
    return language == Language.ZH ? "已处理 " + count + " 条记录" : count + " records processed";
  }
}
