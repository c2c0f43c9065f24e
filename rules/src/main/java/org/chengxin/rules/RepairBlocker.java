package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** An unmet condition of repair eligibility (R-REP-1). */
public enum RepairBlocker implements Labelled {
  /** 该类别不可修复 */
  NOT_REPAIRABLE("该类别不可修复", "category not repairable"),
  /** 最短公示期未满 */
  MINIMUM_PERIOD_NOT_ELAPSED("最短公示期未满", "minimum period not elapsed"),
  /** 整改未完成 */
  RECTIFICATION_INCOMPLETE("整改未完成", "rectification incomplete"),
  /** 异议处理中 */
  OBJECTION_PENDING("异议处理中", "objection pending"),
  /** 决定已撤销 */
  REVOKED("决定已撤销", "revoked"),
  /** 记录已不在有效期内 */
  NOT_ACTIVE("记录已不在有效期内", "record not active");

  private final String zh;
  private final String en;

  RepairBlocker(String zh, String en) {
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
