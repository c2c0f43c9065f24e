package org.chengxin.core;

/** 承诺类型 — what a public commitment (政务承诺, SPEC §7) is about. */
public enum CommitmentType implements Labelled {
  /** 服务质量 */
  SERVICE_QUALITY("服务质量", "service quality"),
  /** 办理期限 */
  DEADLINE("办理期限", "deadline"),
  /** 服务保障 */
  GUARANTEE("服务保障", "guarantee"),
  /** 合同协议 */
  CONTRACT("合同协议", "contract"),
  /** 政策承诺 */
  POLICY("政策承诺", "policy");

  private final String zh;
  private final String en;

  CommitmentType(String zh, String en) {
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
