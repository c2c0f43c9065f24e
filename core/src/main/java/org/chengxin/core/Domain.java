package org.chengxin.core;

/** 重点领域 — the key area a record belongs to (SPEC §3.4). */
public enum Domain implements Labelled {
  /** 政府采购 */
  GOVERNMENT_PROCUREMENT("政府采购", "government procurement"),
  /** 政府和社会资本合作 */
  PPP("政府和社会资本合作", "public-private partnership"),
  /** 招标投标 */
  BIDDING("招标投标", "bidding"),
  /** 招商引资 */
  INVESTMENT_PROMOTION("招商引资", "investment promotion"),
  /** 地方政府债务 */
  GOVERNMENT_DEBT("地方政府债务", "government debt"),
  /** 政府投资 */
  GOVERNMENT_INVESTMENT("政府投资", "government investment"),
  /** 街道和乡镇 */
  TOWNSHIP_STREET("街道和乡镇", "townships and streets"),
  /** 行政审批 */
  ADMINISTRATIVE_APPROVAL("行政审批", "administrative approval"),
  /** 事业单位 */
  PUBLIC_INSTITUTION("事业单位", "public institutions"),
  /** 行政执法 */
  LAW_ENFORCEMENT("行政执法", "law enforcement"),
  /** 统计 */
  STATISTICS("统计", "statistics"),
  /** 其他 */
  OTHER("其他", "other");

  private final String zh;
  private final String en;

  Domain(String zh, String en) {
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
