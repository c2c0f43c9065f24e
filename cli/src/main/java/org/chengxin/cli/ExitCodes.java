package org.chengxin.cli;

/** The exit codes of every {@code chengxin} command (SPEC §9). */
final class ExitCodes {
  /** Success: no ERROR in the input. */
  static final int OK = 0;
  /** The input has at least one ERROR, or a verification failed. */
  static final int INPUT_ERRORS = 1;
  /** A usage or I/O error; one line on stderr. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
