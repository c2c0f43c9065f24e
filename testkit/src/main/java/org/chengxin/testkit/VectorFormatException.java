package org.chengxin.testkit;

import org.chengxin.core.ChengxinException;

/** A conformance vector that cannot be loaded: a missing file, malformed JSON or an unknown setting. */
public final class VectorFormatException extends ChengxinException {
  private static final long serialVersionUID = 1L;

  /** With a message that names the vector and the bad value. */
  public VectorFormatException(String message) {
    super(message);
  }

  /** With a message and the underlying cause (an I/O or JSON error). */
  public VectorFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
