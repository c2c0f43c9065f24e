package org.chengxin.core;

/** The system a sanction of an official belongs to (SPEC §3.5.1). */
public enum SanctionSystem implements Labelled {
  /** 政务处分 */
  GOVERNMENT("政务处分", "government sanction"),
  /** 党纪处分 */
  PARTY("党纪处分", "Party discipline"),
  /** 问责 */
  ACCOUNTABILITY("问责", "accountability");

  private final String zh;
  private final String en;

  SanctionSystem(String zh, String en) {
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
