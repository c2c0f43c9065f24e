package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** Whom a measure is aimed at. */
public enum Target implements Labelled {
  /** 失信单位 */
  UNIT("失信单位", "the unit"),
  /** 主要负责人 */
  PRINCIPAL("主要负责人", "the principal"),
  /** 失信人员 */
  PERSON("失信人员", "the person");

  private final String zh;
  private final String en;

  Target(String zh, String en) {
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
