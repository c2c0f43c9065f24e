package org.chengxin.core;

/** How the dishonesty was established: the kind of establishing document (SPEC §3.3). */
public enum Category implements Labelled {
  /** 司法判决 */
  JUDICIAL_JUDGMENT("司法判决", "judicial judgment"),
  /** 相对不起诉 */
  NON_PROSECUTION("相对不起诉", "relative non-prosecution"),
  /** 行政处罚 */
  ADMINISTRATIVE_PENALTY("行政处罚", "administrative penalty"),
  /** 纪律处分 */
  DISCIPLINARY_SANCTION("纪律处分", "disciplinary sanction"),
  /** 问责处理 */
  ACCOUNTABILITY("问责处理", "accountability measure"),
  /** 失信被执行人 */
  DISHONEST_JUDGMENT_DEBTOR("失信被执行人", "dishonest judgment debtor"),
  /** 失信违约 */
  CONTRACT_BREACH("失信违约", "breach of contract or commitment"),
  /** 拖欠账款 */
  PAYMENT_ARREARS("拖欠账款", "payment arrears");

  private final String zh;
  private final String en;

  Category(String zh, String en) {
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
