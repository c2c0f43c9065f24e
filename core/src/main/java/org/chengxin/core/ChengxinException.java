package org.chengxin.core;

/** The root of every exception Chengxin throws. Unchecked; the message quotes the bad input. */
public class ChengxinException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ChengxinException(String message) {
    super(message);
  }

  public ChengxinException(String message, Throwable cause) {
    super(message, cause);
  }
}
