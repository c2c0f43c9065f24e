package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** How a measure's last day is computed (R-MEAS). */
public enum DurationType implements Labelled {
  /** 一次性 */
  ONCE("一次性", "once (an action, no last day)"),
  /** 固定期限 */
  FIXED("固定期限", "a fixed period from effectiveOn"),
  /** 处分期间 */
  SANCTION_PERIOD("处分期间", "the sanction's period (plus an extra period) from effectiveOn"),
  /** 至当年年底 */
  UNTIL_YEAR_END("至当年年底", "until 31 December of effectiveOn's year"),
  /** 失信记录有效期内 */
  WHILE_ACTIVE("失信记录有效期内", "while the record is active"),
  /** 至整改完成 */
  UNTIL_RECTIFIED("至整改完成", "until rectification is completed"),
  /** 永久 */
  PERMANENT("永久", "permanent");

  private final String zh;
  private final String en;

  DurationType(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }
}
