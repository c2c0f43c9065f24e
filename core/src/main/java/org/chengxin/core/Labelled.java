package org.chengxin.core;

/** A code with a Chinese and an English label, for reports and messages. */
public interface Labelled {

  /** The Chinese label, e.g. {@code 行政处罚}. */
  String zh();

  /** The English label, e.g. {@code administrative penalty}. */
  String en();

  /** The label in the given language. */
  default String label(Language language) {
    return language == Language.ZH ? zh() : en();
  }
}
