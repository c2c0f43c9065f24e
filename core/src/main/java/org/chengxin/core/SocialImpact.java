package org.chengxin.core;

/** The social impact of a dishonest act. */
public enum SocialImpact implements Labelled {
  /** 无 */
  NONE("无", "none"),
  /** 较小 */
  LOW("较小", "low"),
  /** 较大 */
  MEDIUM("较大", "medium"),
  /** 重大 */
  HIGH("重大", "high");

  private final String zh;
  private final String en;

  SocialImpact(String zh, String en) {
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
