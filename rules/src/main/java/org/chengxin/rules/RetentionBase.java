package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** What the retention period is counted from (R-RET). */
public enum RetentionBase implements Labelled {
  /** 决定日期 */
  DECIDED_ON("决定日期", "the decision date"),
  /** 失信行为终止日期 */
  ACT_END("失信行为终止日期", "the end of the act, when given");

  private final String zh;
  private final String en;

  RetentionBase(String zh, String en) {
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
