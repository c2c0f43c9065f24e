package org.chengxin.cli;

import org.chengxin.core.ChengxinException;
import org.chengxin.core.Language;

/**
 * A failure the CLI reports as one line on stderr with an exit code (2 for usage and I/O errors), in
 * Chinese or English per {@code --lang}. Never shown with a stack trace.
 */
final class CliException extends ChengxinException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final String zh;

  CliException(int exitCode, String zh, String en) {
    super(en);
    this.exitCode = exitCode;
    this.zh = zh;
  }

  /** A usage or I/O error (exit code 2). */
  static CliException usage(String zh, String en) {
    return new CliException(ExitCodes.USAGE, zh, en);
  }

  int exitCode() {
    return exitCode;
  }

  String message(Language language) {
    return language == Language.ZH ? zh : getMessage();
  }
}
