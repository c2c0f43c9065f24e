package org.chengxin.core;

/** The administrative level of a government or department. */
public enum AdministrativeLevel implements Labelled {
  /** 省级 */
  PROVINCE("省级", "province"),
  /** 市级 */
  CITY("市级", "city"),
  /** 县级 */
  COUNTY("县级", "county"),
  /** 乡级 */
  TOWNSHIP("乡级", "township");

  private final String zh;
  private final String en;

  AdministrativeLevel(String zh, String en) {
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
