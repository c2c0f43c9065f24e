package org.chengxin.core;

/** 失信程度 — the seriousness declared by the finding authority. */
public enum Tier implements Labelled {
  /** 轻微 */
  MINOR("轻微", "minor"),
  /** 一般 */
  GENERAL("一般", "general"),
  /** 严重 */
  SERIOUS("严重", "serious");

  private final String zh;
  private final String en;

  Tier(String zh, String en) {
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
