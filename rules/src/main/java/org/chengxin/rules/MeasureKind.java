package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** An ACTION the authorities must take once, or a RESTRICTION over a period. */
public enum MeasureKind implements Labelled {
  /** 处理行为 */
  ACTION("处理行为", "action"),
  /** 限制措施 */
  RESTRICTION("限制措施", "restriction");

  private final String zh;
  private final String en;

  MeasureKind(String zh, String en) {
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
