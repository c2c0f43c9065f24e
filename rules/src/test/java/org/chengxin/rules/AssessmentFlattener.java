package org.chengxin.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chengxin.core.Problem;

/** Flattens an assessment into {@code key=value} pairs, so that test tables can state expectations compactly. */
final class AssessmentFlattener {

  private AssessmentFlattener() {}

  static Map<String, String> flatten(AssessmentResult result) {
    Map<String, String> m = new LinkedHashMap<>();
    if (result.isRefused()) {
      m.put("refused", codes(result.problems()));
      return m;
    }
    Assessment a = result.assessment();
    m.put("refused", "no");
    m.put("era", opt(a.era()));
    m.put("state", a.state().name());
    m.put("tier", a.tier().name());
    DisclosureAssessment d = a.disclosure();
    m.put("disclosure.disclosable", String.valueOf(d.disclosable()));
    m.put("disclosure.reason", opt(d.reason()));
    m.put("disclosure.publishBy", opt(d.publishBy()));
    m.put("disclosure.publishedOn", opt(d.publishedOn()));
    m.put("disclosure.publication", d.publication().name());
    m.put("disclosure.minimumLastDay", d.minimumLastDay().toString());
    m.put("disclosure.lastDay", d.lastDay().toString());
    m.put("disclosure.visible", String.valueOf(d.visible()));
    m.put("disclosure.underObjection", String.valueOf(d.underObjection()));
    m.put("disclosure.endedOn", opt(d.endedOn()));
    m.put("disclosure.endReason", opt(d.endReason()));
    m.put("retention.lastDay", a.retention().lastDay().toString());
    m.put("retention.purgeDue", String.valueOf(a.retention().purgeDue()));
    m.put("objection.status", a.objection().status().name());
    m.put("objection.decideBy", opt(a.objection().decideBy()));
    m.put("objection.overdue", String.valueOf(a.objection().overdue()));
    RepairAssessment r = a.repair();
    m.put("repair.status", r.status().name());
    m.put("repair.eligible", String.valueOf(r.eligible()));
    m.put("repair.eligibleFrom", opt(r.eligibleFrom()));
    m.put("repair.blockers", r.blockers().toString());
    m.put("repair.pushBy", opt(r.pushBy()));
    List<String> keys = new ArrayList<>();
    for (MeasureAssessment x : a.measures()) {
      String k = x.code() + "/" + x.target();
      keys.add(k);
      m.put("m." + k + ".kind", x.kind().name());
      m.put("m." + k + ".statutory", String.valueOf(x.statutory()));
      m.put("m." + k + ".from", x.from().toString());
      m.put("m." + k + ".lastDay", opt(x.lastDay()));
      m.put("m." + k + ".state", x.state().name());
      m.put("m." + k + ".basis", x.basis().toString());
    }
    m.put("measures", keys.toString());
    m.put("remedies", a.remedies().toString());
    m.put("withdrawBy", opt(a.withdrawBy()));
    m.put("problems", codes(a.problems()));
    return m;
  }

  private static String codes(List<Problem> problems) {
    List<String> codes = new ArrayList<>();
    for (Problem p : problems) {
      codes.add(p.code().name());
    }
    return codes.toString();
  }

  private static String opt(Optional<?> o) {
    return o.map(Object::toString).orElse("null");
  }
}
