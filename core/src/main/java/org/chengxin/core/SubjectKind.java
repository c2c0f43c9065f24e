package org.chengxin.core;

/** 失信主体类型 — who a record is about (SPEC §3.2). */
public enum SubjectKind implements Labelled {
  /** 人民政府 */
  GOVERNMENT("人民政府", "people's government"),
  /** 政府部门 */
  DEPARTMENT("政府部门", "government department"),
  /** 事业单位 */
  PUBLIC_INSTITUTION("事业单位", "public institution"),
  /** 基层自治组织 */
  GRASSROOTS_ORGANISATION("基层自治组织", "grassroots self-governing organisation"),
  /** 管委会 */
  DEVELOPMENT_ZONE("管委会", "development zone administrative committee"),
  /** 公职人员 */
  PUBLIC_OFFICIAL("公职人员", "public official");

  private final String zh;
  private final String en;

  SubjectKind(String zh, String en) {
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

  /** True for every kind but {@link #PUBLIC_OFFICIAL}: the subject is an organisation with a USCC. */
  public boolean isOrganisation() {
    return this != PUBLIC_OFFICIAL;
  }

}
