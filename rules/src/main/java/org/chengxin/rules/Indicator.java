package org.chengxin.rules;

import org.chengxin.core.Labelled;

/**
 * 评价指标 — what an evaluation deduction is for (SPEC §7). The names are stable codes written in every report;
 * deductions are listed in this order.
 */
public enum Indicator implements Labelled {
  /** A MINOR record active in the period. */
  RECORD_ACTIVE_MINOR("轻微失信记录", "minor record active in the period"),
  /** A GENERAL record active in the period. */
  RECORD_ACTIVE_GENERAL("一般失信记录", "general record active in the period"),
  /** A SERIOUS record active in the period. */
  RECORD_ACTIVE_SERIOUS("严重失信记录", "serious record active in the period"),
  /** A DISHONEST_JUDGMENT_DEBTOR record active in the period, on top of its tier. */
  DISHONEST_JUDGMENT_DEBTOR("失信被执行人", "dishonest judgment debtor"),
  /** A record due for publication in the period, published late or not at all. */
  PUBLICATION_LATE_OR_OVERDUE("未按时公示", "publication late or overdue"),
  /** A record whose rectification was due in the period and not completed by its due date. */
  RECTIFICATION_OVERDUE("逾期未整改", "rectification overdue"),
  /** A commitment broken in the period, or due in it and not fulfilled by its due date. */
  COMMITMENT_BROKEN("承诺未履行", "commitment broken"),
  /** A complaint due in the period, closed late or still open. */
  COMPLAINT_LATE("投诉逾期办理", "complaint handled late"),
  /** A complaint closed in the period as substantiated. */
  COMPLAINT_SUBSTANTIATED("投诉属实", "complaint substantiated"),
  /** The share of cases concluded in the period that were lost; the count is the number of lost cases. */
  LITIGATION_LOSS_RATE("行政诉讼败诉率", "litigation loss rate"),
  /** A case lost in the period whose judgment was not performed by the period's end. */
  LITIGATION_JUDGMENT_UNPERFORMED("未履行生效判决", "judgment not performed");

  private final String zh;
  private final String en;

  Indicator(String zh, String en) {
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
