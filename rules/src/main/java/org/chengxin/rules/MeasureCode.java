package org.chengxin.rules;

import org.chengxin.core.Labelled;

/** 惩戒措施 — the measures a profile can impose (SPEC §4.8). */
public enum MeasureCode implements Labelled {
  /** 书面说明原因 */
  WRITTEN_EXPLANATION("书面说明原因", "written explanation"),
  /** 限期整改 */
  RECTIFICATION("限期整改", "rectification within a time limit"),
  /** 取消荣誉评选资格 */
  HONOR_INELIGIBILITY("取消荣誉评选资格", "ineligible for honours"),
  /** 公开通报批评 */
  PUBLIC_CRITICISM("公开通报批评", "public criticism"),
  /** 主要负责人追责 */
  PRINCIPAL_ACCOUNTABILITY("主要负责人追责", "accountability of the principal"),
  /** 移送纪检监察机关 */
  DISCIPLINE_REFERRAL("移送纪检监察机关", "referral to the discipline inspection organ"),
  /** 政务诚信评价结果应用 */
  EVALUATION_DOWNGRADE("政务诚信评价结果应用", "government-integrity evaluation downgrade"),
  /** 不得评优评先、表彰奖励 */
  COMMENDATION_BAN("不得评优评先、表彰奖励", "no commendations or awards"),
  /** 记入诚信档案 */
  INTEGRITY_FILE_ENTRY("记入诚信档案", "entry in the integrity file"),
  /** 取消资格 */
  QUALIFICATION_RESTRICTION("取消资格", "qualification restriction"),
  /** 从严考核 */
  STRICT_ASSESSMENT("从严考核", "strict assessment"),
  /** 不得批准新项目开工 */
  NEW_PROJECT_BAN("不得批准新项目开工", "no approval of new projects"),
  /** 不得晋升职务、职级 */
  PROMOTION_BAN("不得晋升职务、职级", "no promotion"),
  /** 不得晋升工资档次 */
  SALARY_GRADE_FREEZE("不得晋升工资档次", "no salary-grade increase"),
  /** 不得在党内提拔 */
  PARTY_PROMOTION_BAN("不得在党内提拔", "no promotion within the Party"),
  /** 不得重新入党 */
  PARTY_READMISSION_BAN("不得重新入党", "no readmission to the Party"),
  /** 解除人事关系 */
  EMPLOYMENT_TERMINATED("解除人事关系", "employment terminated");

  private final String zh;
  private final String en;

  MeasureCode(String zh, String en) {
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
