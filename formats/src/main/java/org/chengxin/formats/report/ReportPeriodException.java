package org.chengxin.formats.report;

import org.chengxin.core.ChengxinException;

/**
 * A progress-report period that cannot be used: malformed ({@code 2024-Q5}), of the wrong kind for the profile's
 * schedule ({@code 2024-Q1} for a half-yearly profile), or a profile without a reporting schedule. The CLI exits 2.
 */
public final class ReportPeriodException extends ChengxinException {
  private static final long serialVersionUID = 1L;

  ReportPeriodException(String message) {
    super(message);
  }
}
