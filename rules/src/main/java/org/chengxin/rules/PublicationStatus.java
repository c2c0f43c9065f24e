package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** Whether the record was published within its deadline (R-DISC-2). */
public enum PublicationStatus implements Labelled {
  /** 按时公示 */
  ON_TIME("按时公示", "published on time"),
  /** 逾期公示 */
  LATE("逾期公示", "published late"),
  /** 逾期未公示 */
  OVERDUE("逾期未公示", "overdue"),
  /** 待公示 */
  PENDING("待公示", "pending"),
  /** 无需公示 */
  NOT_REQUIRED("无需公示", "not required");

  private final String zh;
  private final String en;

  PublicationStatus(String zh, String en) {
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
