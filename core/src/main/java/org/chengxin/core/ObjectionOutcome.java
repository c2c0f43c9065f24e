package org.chengxin.core;

/** The outcome of an objection (异议). */
public enum ObjectionOutcome implements Labelled {
  /** 异议成立，撤销记录 */
  UPHELD_WITHDRAWN("异议成立，撤销记录", "upheld, record withdrawn"),
  /** 异议成立，更正记录 */
  UPHELD_CORRECTED("异议成立，更正记录", "upheld, record corrected"),
  /** 异议不成立 */
  REJECTED("异议不成立", "rejected");

  private final String zh;
  private final String en;

  ObjectionOutcome(String zh, String en) {
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
