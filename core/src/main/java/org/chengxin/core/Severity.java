package org.chengxin.core;

/** How serious a {@link Problem} is. Declared in report order: errors first. */
public enum Severity implements Labelled {
  /** The record is invalid, or cannot be assessed. */
  ERROR("错误", "error"),
  /** Worth a look; the record stays valid. */
  WARNING("警告", "warning"),
  /** For information. */
  INFO("提示", "info");

  private final String zh;
  private final String en;

  Severity(String zh, String en) {
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
