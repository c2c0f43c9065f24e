package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** Why a record is not publicly disclosable (R-DISC-1), in the order the conditions are checked. */
public enum NotDisclosedReason implements Labelled {
  /** 依法不予公开 */
  RESTRICTED("依法不予公开", "restricted by law"),
  /** 该类别不公开 */
  CATEGORY_NOT_DISCLOSED("该类别不公开", "category not disclosed"),
  /** 该失信程度不公开 */
  TIER_NOT_DISCLOSED("该失信程度不公开", "tier not disclosed");

  private final String zh;
  private final String en;

  NotDisclosedReason(String zh, String en) {
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
