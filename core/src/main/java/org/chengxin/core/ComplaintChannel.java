package org.chengxin.core;

/** 投诉渠道 — how a complaint about a unit was received (SPEC §7). */
public enum ComplaintChannel implements Labelled {
  /** 12345 政务服务便民热线 */
  HOTLINE_12345("12345 政务服务便民热线", "12345 government service hotline"),
  /** 12328 交通运输服务监督电话 */
  HOTLINE_12328("12328 交通运输服务监督电话", "12328 transport service hotline"),
  /** 信件 */
  MAIL("信件", "mail"),
  /** 网络 */
  WEB("网络", "web"),
  /** 其他 */
  OTHER("其他", "other");

  private final String zh;
  private final String en;

  ComplaintChannel(String zh, String en) {
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
