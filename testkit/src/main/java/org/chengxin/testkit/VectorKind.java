package org.chengxin.testkit;

import java.util.Locale;
import org.chengxin.core.Labelled;

/** What a conformance vector exercises: the assessment engine or the validator (SPEC §10). */
public enum VectorKind implements Labelled {
  /** 评估 — {@code assess}: the input records are assessed; expected is an array of §4.10 assessments or refusals. */
  ASSESS("评估", "assessment"),
  /** 校验 — {@code validate}: the input file is validated; expected is the §8 validation report. */
  VALIDATE("校验", "validation");

  private final String zh;
  private final String en;

  VectorKind(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The name used in {@code vector.json}: {@code assess} or {@code validate}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses the {@code kind} of a {@code vector.json}.
   *
   * @throws VectorFormatException for anything but {@code assess} or {@code validate}
   */
  public static VectorKind fromJsonName(String name) {
    for (VectorKind kind : values()) {
      if (kind.jsonName().equals(name)) {
        return kind;
      }
    }
    throw new VectorFormatException("unknown vector kind \"" + name + "\" (expected assess or validate)");
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
