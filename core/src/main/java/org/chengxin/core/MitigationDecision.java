package org.chengxin.core;

/** A mitigation decision: lighter sanctioning or exemption (从轻或免于惩戒). */
public enum MitigationDecision implements Labelled {
  /** 从轻惩戒 */
  LIGHTER("从轻惩戒", "lighter sanctioning"),
  /** 免于惩戒 */
  EXEMPT("免于惩戒", "exempt from sanctioning");

  private final String zh;
  private final String en;

  MitigationDecision(String zh, String en) {
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
