package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** What a wrongly sanctioned subject is owed (R-REV). */
public enum Remedy implements Labelled {
  /** 恢复信誉 */
  REPUTATION_RESTORATION("恢复信誉", "restoration of reputation");

  private final String zh;
  private final String en;

  Remedy(String zh, String en) {
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
