package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** The status of the latest objection (R-OBJ-2). */
public enum ObjectionStatus implements Labelled {
  /** 无异议 */
  NONE("无异议", "none"),
  /** 异议处理中 */
  PENDING("异议处理中", "pending"),
  /** 异议不成立 */
  REJECTED("异议不成立", "rejected"),
  /** 异议成立，更正记录 */
  UPHELD_CORRECTED("异议成立，更正记录", "upheld, corrected"),
  /** 异议成立，撤销记录 */
  UPHELD_WITHDRAWN("异议成立，撤销记录", "upheld, withdrawn");

  private final String zh;
  private final String en;

  ObjectionStatus(String zh, String en) {
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
