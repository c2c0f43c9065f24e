package org.chengxin.formats;

/** The table layouts a {@link TableWriter} writes (SPEC §6, docs/csv.md). */
public enum TableTemplate {
  /** The flat canonical layout: dotted headers, one row per record, every field. */
  FLAT,
  /** 双公示 行政处罚 template for legal persons (26 columns + Chengxin's extras); organisations only. */
  PENALTY_LEGAL_PERSON,
  /** 双公示 行政处罚 template for natural persons (20 columns + extras); PUBLIC_OFFICIAL only. */
  PENALTY_NATURAL_PERSON
}
