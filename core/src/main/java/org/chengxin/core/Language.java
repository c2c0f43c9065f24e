package org.chengxin.core;

import java.util.Locale;

/** The two languages every user-facing text exists in. */
public enum Language {
  /** Simplified Chinese (zh-CN). */
  ZH(Locale.SIMPLIFIED_CHINESE),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale used to look up message bundles. */
  public Locale locale() {
    return locale;
  }

  /**
   * Parses {@code zh}, {@code zh-CN}, {@code en} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public static Language parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("zh") || t.startsWith("zh-") || t.startsWith("zh_")) {
      return ZH;
    }
    if (t.equals("en") || t.startsWith("en-") || t.startsWith("en_")) {
      return EN;
    }
    throw new IllegalArgumentException("unknown language '" + text + "' (expected zh or en)");
  }
}
