package org.chengxin.rules;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A periodic progress report upwards: quarterly or half-yearly, due on a day of the month after the period
 * (hainan-2017: the 10th; qinhuangdao-transport-2021: 07-10 and 01-10). Due dates are plain calendar dates.
 */
@Value.Immutable
public abstract class ReportingSchedule {

  public abstract Param<ReportingFrequency> frequency();

  /** The day of the month after the period's last month on which the report is due. */
  public abstract Param<Integer> dueDayOfFollowingMonth();

  /** Who receives the report, e.g. 省信用办. */
  public abstract String recipient();

  /** Where {@link #recipient()} comes from, e.g. {@code seed:hainan-2017:五(一)}. */
  public abstract Optional<Basis> recipientBasis();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportingSchedule}. */
  public static final class Builder extends ImmutableReportingSchedule.Builder {
    Builder() {}
  }
}
