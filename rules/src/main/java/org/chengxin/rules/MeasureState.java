package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** The state of a measure at asOf (R-MEAS), first match wins in declaration order. */
public enum MeasureState implements Labelled {
  /** 无效 */
  VOID("无效", "void"),
  /** 免于执行 */
  WAIVED("免于执行", "waived"),
  /** 已解除 */
  LIFTED("已解除", "lifted"),
  /** 已结束 */
  ENDED("已结束", "ended"),
  /** 未开始 */
  PENDING("未开始", "pending"),
  /** 暂停执行 */
  SUSPENDED("暂停执行", "suspended"),
  /** 执行中 */
  ACTIVE("执行中", "active");

  private final String zh;
  private final String en;

  MeasureState(String zh, String en) {
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
