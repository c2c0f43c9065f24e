package org.chengxin.core;

/** 诉讼结果 — how an administrative litigation case of a unit ended (SPEC §7). */
public enum LitigationOutcome implements Labelled {
  /** 败诉 */
  LOST("败诉", "lost"),
  /** 胜诉 */
  WON("胜诉", "won"),
  /** 和解/调解 */
  SETTLED("和解/调解", "settled"),
  /** 撤诉 */
  WITHDRAWN("撤诉", "withdrawn");

  private final String zh;
  private final String en;

  LitigationOutcome(String zh, String en) {
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
