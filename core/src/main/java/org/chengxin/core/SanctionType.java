package org.chengxin.core;

import java.util.Optional;

/**
 * A sanction of an official and its standard period (SPEC §3.5.1).
 *
 * <p>The standard period is in months; {@link #standardMonths()} is empty where the sanction has none
 * ({@link #EXPULSION}, {@link #PARTY_EXPULSION}, {@link #PARTY_PROBATION} whose period is always given, and
 * {@link #CIRCULATED}).
 */
public enum SanctionType implements Labelled {
  // 政务处分: 公职人员政务处分法 Art. 7–8; 公务员法 Art. 62–64.
  /** 警告, 6 months. */
  WARNING(SanctionSystem.GOVERNMENT, 6, "警告", "warning"),
  /** 记过, 12 months. */
  DEMERIT(SanctionSystem.GOVERNMENT, 12, "记过", "demerit"),
  /** 记大过, 18 months. */
  MAJOR_DEMERIT(SanctionSystem.GOVERNMENT, 18, "记大过", "major demerit"),
  /** 降级, 24 months. */
  DEMOTION(SanctionSystem.GOVERNMENT, 24, "降级", "demotion"),
  /** 撤职, 24 months. */
  REMOVAL(SanctionSystem.GOVERNMENT, 24, "撤职", "removal from post"),
  /** 开除, permanent. */
  EXPULSION(SanctionSystem.GOVERNMENT, 0, "开除", "expulsion"),
  // 党纪处分: 中国共产党纪律处分条例 (2023) Art. 10.
  /** 党内警告, 12 months. */
  PARTY_WARNING(SanctionSystem.PARTY, 12, "党内警告", "Party warning"),
  /** 党内严重警告, 18 months. */
  PARTY_SERIOUS_WARNING(SanctionSystem.PARTY, 18, "党内严重警告", "serious Party warning"),
  /** 撤销党内职务, 24 months. */
  PARTY_POST_REMOVAL(SanctionSystem.PARTY, 24, "撤销党内职务", "removal from Party post"),
  /** 留党察看, 12 or 24 months, always given as {@code periodMonths}. */
  PARTY_PROBATION(SanctionSystem.PARTY, 0, "留党察看", "Party probation"),
  /** 开除党籍; no readmission for 60 months. */
  PARTY_EXPULSION(SanctionSystem.PARTY, 0, "开除党籍", "expulsion from the Party"),
  // 问责: 中国共产党问责条例 (2019) Art. 8.
  /** 通报, no period. */
  CIRCULATED(SanctionSystem.ACCOUNTABILITY, 0, "通报", "circulated notice"),
  /** 诫勉, 6 months [unverified]. */
  ADMONITION(SanctionSystem.ACCOUNTABILITY, 6, "诫勉", "admonition"),
  /** 调整职务, 12 months [unverified]. */
  POST_ADJUSTMENT(SanctionSystem.ACCOUNTABILITY, 12, "调整职务", "post adjustment"),
  /** 责令辞职, 24 months. */
  ORDERED_RESIGNATION(SanctionSystem.ACCOUNTABILITY, 24, "责令辞职", "ordered resignation"),
  /** 免职, 24 months. */
  DISMISSAL_FROM_POST(SanctionSystem.ACCOUNTABILITY, 24, "免职", "dismissal from post"),
  /** 降职, 24 months [unverified]. */
  DEMOTION_IN_POST(SanctionSystem.ACCOUNTABILITY, 24, "降职", "demotion in post");

  private final SanctionSystem system;
  private final int standardMonths;
  private final String zh;
  private final String en;

  SanctionType(SanctionSystem system, int standardMonths, String zh, String en) {
    this.system = system;
    this.standardMonths = standardMonths;
    this.zh = zh;
    this.en = en;
  }

  /** The system this sanction belongs to. */
  public SanctionSystem system() {
    return system;
  }

  /** The standard period in months, or empty where the sanction has none. */
  public Optional<Integer> standardMonths() {
    return standardMonths == 0 ? Optional.empty() : Optional.of(standardMonths);
  }

  /**
   * Whether a {@code periodMonths} may be given: GOVERNMENT types other than EXPULSION (several identical
   * sanctions combined, 政务处分法 Art. 15) and PARTY_PROBATION (where it is required).
   */
  public boolean allowsPeriodMonths() {
    return (system == SanctionSystem.GOVERNMENT && this != EXPULSION) || this == PARTY_PROBATION;
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
