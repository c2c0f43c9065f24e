package org.chengxin.core;

/** Why a record may not be publicly disclosed (seed:fujian-2017:四(五)). */
public enum DisclosureRestriction implements Labelled {
  /** 无 */
  NONE("无", "none"),
  /** 国家秘密 */
  STATE_SECRET("国家秘密", "state secret"),
  /** 商业秘密 */
  TRADE_SECRET("商业秘密", "trade secret"),
  /** 个人隐私 */
  PERSONAL_PRIVACY("个人隐私", "personal privacy"),
  /** 其他法律规定 */
  OTHER_LAW("其他法律规定", "other legal restriction");

  private final String zh;
  private final String en;

  DisclosureRestriction(String zh, String en) {
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
