package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** Why a record's active period ended (R-DISC-4). */
public enum EndReason implements Labelled {
  /** 期满 */
  EXPIRED("期满", "expired"),
  /** 信用修复 */
  REPAIRED("信用修复", "repaired"),
  /** 已履行 */
  PERFORMED("已履行", "performed"),
  /** 决定撤销 */
  REVOKED("决定撤销", "decision revoked"),
  /** 异议成立 */
  OBJECTION_UPHELD("异议成立", "objection upheld");

  private final String zh;
  private final String en;

  EndReason(String zh, String en) {
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
