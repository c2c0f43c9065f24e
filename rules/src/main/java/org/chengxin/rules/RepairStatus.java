package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** The credit-repair status (R-REP-3). */
public enum RepairStatus implements Labelled {
  /** 不可修复 */
  NOT_REPAIRABLE("不可修复", "not repairable"),
  /** 未申请 */
  NOT_APPLIED("未申请", "not applied for"),
  /** 修复申请待决 */
  PENDING("修复申请待决", "pending"),
  /** 修复已批准 */
  APPROVED("修复已批准", "approved"),
  /** 修复未批准 */
  REJECTED("修复未批准", "rejected");

  private final String zh;
  private final String en;

  RepairStatus(String zh, String en) {
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
