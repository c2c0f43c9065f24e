package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** How often progress is reported upwards. */
public enum ReportingFrequency implements Labelled {
  /** 季度 */
  QUARTERLY("季度", "quarterly"),
  /** 半年 */
  SEMIANNUAL("半年", "half-yearly");

  private final String zh;
  private final String en;

  ReportingFrequency(String zh, String en) {
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
