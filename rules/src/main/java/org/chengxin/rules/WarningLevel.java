package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** 预警等级 — the warning level of an evaluated unit (SPEC §7), from its rounded score and the profile thresholds. */
public enum WarningLevel implements Labelled {
  /** 红色预警: below {@code redBelow} ([default] 60). */
  RED("红色", "red"),
  /** 黄色预警: below {@code yellowBelow} ([default] 80). */
  YELLOW("黄色", "yellow"),
  /** 绿色: no warning. */
  GREEN("绿色", "green");

  private final String zh;
  private final String en;

  WarningLevel(String zh, String en) {
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
