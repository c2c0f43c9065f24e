package org.chengxin.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import org.chengxin.formats.AssessmentLines;

/**
 * The tool's standard output when run by {@link Main#main}: a UTF-8 {@link PrintWriter} for text that also
 * takes bytes already encoded as UTF-8 (the NDJSON of {@code assess}), so those skip the character encoder. Text
 * and bytes keep their order. As for any {@code PrintWriter}, an I/O error is not thrown: it only makes
 * {@link #checkError()} true.
 */
final class StdoutWriter extends PrintWriter {

  private final OutputStream bytes;

  private StdoutWriter(OutputStream bytes) {
    super(new BufferedWriter(new OutputStreamWriter(bytes, UTF_8), 1 << 16), false);
    this.bytes = bytes;
  }

  /** A writer over {@code stream}, buffered (nothing is flushed before {@link #flush()}). */
  static StdoutWriter over(OutputStream stream) {
    return new StdoutWriter(new BufferedOutputStream(stream, 1 << 16));
  }

  /** Writes the lines' UTF-8 bytes after everything printed so far. */
  void writeBytes(AssessmentLines lines) {
    synchronized (lock) {
      flush();
      try {
        lines.writeTo(bytes);
      } catch (IOException e) {
        setError();
      }
    }
  }
}
