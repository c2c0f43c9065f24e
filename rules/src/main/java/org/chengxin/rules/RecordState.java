package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** The state of a record at asOf (R-STATE), first match wins in declaration order. */
public enum RecordState implements Labelled {
  /** 已撤销 */
  REVOKED("已撤销", "revoked"),
  /** 应删除 */
  PURGE_DUE("应删除", "due for purging"),
  /** 已修复 */
  REPAIRED("已修复", "repaired"),
  /** 公示期满 */
  EXPIRED("公示期满", "expired"),
  /** 异议处理中 */
  UNDER_OBJECTION("异议处理中", "under objection"),
  /** 有效 */
  ACTIVE("有效", "active");

  private final String zh;
  private final String en;

  RecordState(String zh, String en) {
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
