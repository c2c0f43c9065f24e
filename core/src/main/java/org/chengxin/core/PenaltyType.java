package org.chengxin.core;

/** 行政处罚种类 — administrative penalty types (行政处罚法 Art. 9). */
public enum PenaltyType implements Labelled {
  /** 警告 */
  WARNING_NOTICE("警告", "warning"),
  /** 通报批评 */
  CIRCULATED_CRITICISM("通报批评", "circulated criticism"),
  /** 罚款 */
  FINE("罚款", "fine"),
  /** 没收违法所得、没收非法财物 */
  CONFISCATION("没收违法所得、没收非法财物", "confiscation"),
  /** 暂扣许可证件 */
  LICENCE_SUSPENSION("暂扣许可证件", "licence suspension"),
  /** 降低资质等级 */
  QUALIFICATION_DOWNGRADE("降低资质等级", "qualification downgrade"),
  /** 吊销许可证件 */
  LICENCE_REVOCATION("吊销许可证件", "licence revocation"),
  /** 限制开展生产经营活动 */
  BUSINESS_RESTRICTION("限制开展生产经营活动", "business restriction"),
  /** 行政拘留 */
  DETENTION("行政拘留", "administrative detention"),
  /** 其他 */
  OTHER("其他", "other");

  private final String zh;
  private final String en;

  PenaltyType(String zh, String en) {
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
