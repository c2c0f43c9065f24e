package org.chengxin.core;

/** A malformed identifier: carries the {@link ProblemCode} a validator reports for it. */
public final class IdentifierException extends ChengxinException {
  private static final long serialVersionUID = 1L;
  private final ProblemCode code;

  public IdentifierException(ProblemCode code, String message) {
    super(message);
    this.code = code;
  }

  /** The problem code: {@code USCC_FORMAT}, {@code USCC_CHECKSUM}, {@code ID_*} or {@code DIVISION_FORMAT}. */
  public ProblemCode code() {
    return code;
  }
}
