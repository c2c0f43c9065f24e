package org.chengxin.formats.internal;

import static org.chengxin.formats.internal.PenaltyColumns.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chengxin.core.Category;
import org.chengxin.core.ChengxinException;
import org.chengxin.core.Decision;
import org.chengxin.core.PenaltyType;
import org.chengxin.core.Record;
import org.chengxin.core.Subject;
import org.chengxin.core.SubjectKind;

/**
 * ADMINISTRATIVE_PENALTY records → rows of a 双公示 template (the reverse of {@link PenaltyLayout}): the
 * template's columns, then 失信程度, 主体类型, 管辖区划, 发布日期 (and 工作单位, 工作单位统一社会信用代码 for natural
 * persons). Amounts in 万元 without trailing zeros, dates {@code YYYY-MM-DD}, 处罚类别 as the first SPEC name of
 * each type joined by {@code ;}, 公示截止期 the last day computed under cn-national. Columns with no canonical
 * field are left empty; fields with no column (events, impact, …) are not written.
 */
public final class PenaltyExport {

  private final boolean natural;
  private final DisclosureEnd disclosureEnd;

  public PenaltyExport(boolean natural, DisclosureEnd disclosureEnd) {
    this.natural = natural;
    this.disclosureEnd = disclosureEnd;
  }

  /** The header row. */
  public List<String> header() {
    List<String> h = new ArrayList<>(natural ? NATURAL : LEGAL);
    h.addAll(EXTRA);
    if (natural) {
      h.addAll(EXTRA_NATURAL);
    }
    return h;
  }

  /**
   * One record's cells, formula-escaped.
   *
   * @throws ChengxinException when the record is not an ADMINISTRATIVE_PENALTY of the template's subjects
   */
  public List<String> cells(Record r) {
    Subject s = r.subject();
    boolean official = s.kind() == SubjectKind.PUBLIC_OFFICIAL;
    if (r.category() != Category.ADMINISTRATIVE_PENALTY || official != natural) {
      throw new ChengxinException("record '" + r.recordId() + "' (" + r.category() + ", " + s.kind()
          + ") does not fit the " + (natural ? "natural" : "legal") + "-person penalty template");
    }
    Decision d = r.decision();
    Map<String, String> v = new HashMap<>();
    v.put(NAME, s.name());
    if (natural) {
      v.put(ID_TYPE, "身份证");
      v.put(ID_NUMBER, s.idNumber().map(id -> id.value()).orElse(""));
      v.put(EMPLOYER, s.employerName().orElse(""));
      v.put(EMPLOYER_USCC, s.employerUscc().map(Object::toString).orElse(""));
    } else {
      v.put(USCC, s.uscc().map(Object::toString).orElse(""));
      v.put(PRINCIPAL, s.principalName().orElse(""));
      v.put(KIND, s.kind().zh());
    }
    v.put(DOCUMENT, d.documentNumber());
    v.put(FACTS, d.facts().orElse(""));
    v.put(BASIS, d.basis().orElse(""));
    List<String> types = new ArrayList<>();
    for (PenaltyType t : d.penaltyTypes()) {
      types.add(name(t));
    }
    v.put(TYPES, String.join(";", types));
    v.put(CONTENT, d.content());
    v.put(FINE, d.fineAmount().map(PenaltyLayout::yuanToWanYuan).orElse(""));
    v.put(CONFISCATED, d.confiscatedAmount().map(PenaltyLayout::yuanToWanYuan).orElse(""));
    v.put(DECIDED, d.decidedOn().toString());
    v.put(DISCLOSURE_END, disclosureEnd.lastDay(r).map(Object::toString).orElse(""));
    v.put(AUTHORITY, d.authorityName());
    v.put(AUTHORITY_USCC, d.authorityUscc().value());
    v.put(SOURCE, r.source().unit());
    v.put(SOURCE_USCC, r.source().unitUscc().value());
    v.put(TIER, r.tier().zh());
    v.put(JURISDICTION, r.jurisdiction());
    v.put(PUBLISHED, r.publishedOn().map(Object::toString).orElse(""));
    List<String> cells = new ArrayList<>();
    for (String column : header()) {
      cells.add(Cells.escape(v.getOrDefault(column, "")));
    }
    return cells;
  }

  /** The first name of a type in the SPEC's list (the one the reader maps back to it). */
  private static String name(PenaltyType t) {
    for (Map.Entry<String, PenaltyType> e : PenaltyLayout.TYPE_NAMES.entrySet()) {
      if (e.getValue() == t) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("no 处罚类别 name for " + t);
  }
}
