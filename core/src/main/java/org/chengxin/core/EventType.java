package org.chengxin.core;

/** The type of an event in a record's history (SPEC §3.6). */
public enum EventType implements Labelled {
  /** 提出异议 */
  OBJECTION_FILED("提出异议", "objection filed"),
  /** 异议处理完毕 */
  OBJECTION_RESOLVED("异议处理完毕", "objection resolved"),
  /** 整改完成 */
  RECTIFICATION_COMPLETED("整改完成", "rectification completed"),
  /** 从轻或免于惩戒 */
  MITIGATION_DECIDED("从轻或免于惩戒", "mitigation decided"),
  /** 申请信用修复 */
  REPAIR_APPLIED("申请信用修复", "credit repair applied for"),
  /** 信用修复决定 */
  REPAIR_DECIDED("信用修复决定", "credit repair decided"),
  /** 决定撤销 */
  DECISION_REVOKED("决定撤销", "decision revoked");

  private final String zh;
  private final String en;

  EventType(String zh, String en) {
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
