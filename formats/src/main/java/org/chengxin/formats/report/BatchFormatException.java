package org.chengxin.formats.report;

import org.chengxin.core.ChengxinException;

/** A file that is not a readable push batch (not JSON, or no {@code "format":"chengxin.batch/1"} object). */
public final class BatchFormatException extends ChengxinException {
  private static final long serialVersionUID = 1L;

  BatchFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
