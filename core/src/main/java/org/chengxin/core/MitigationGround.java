package org.chengxin.core;

/** A ground for mitigation. */
public enum MitigationGround implements Labelled {
  /** 主动挽回损失 */
  RECOVERED_LOSS("主动挽回损失", "recovered the loss"),
  /** 消除不良影响 */
  ELIMINATED_IMPACT("消除不良影响", "eliminated the impact"),
  /** 有效阻止危害结果发生 */
  PREVENTED_HARM("有效阻止危害结果发生", "prevented harm");

  private final String zh;
  private final String en;

  MitigationGround(String zh, String en) {
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
