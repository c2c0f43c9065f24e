package org.chengxin.formats.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Record;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendar;
import org.chengxin.rules.WorkingDayCalendars;

/**
 * Compares a 双公示 公示截止期 with the disclosure {@code lastDay} (R-DISC-3) computed under {@code cn-national}
 * with the national calendar, assessed on the decision day. A record the engine refuses (e.g. a date outside
 * the calendar) is not compared. Thread-safe; the profile is loaded on first use.
 */
public final class DisclosureEnd {

  private volatile Profile profile;
  private WorkingDayCalendar calendar;

  /** The problem when {@code stated} differs from the computed last day. */
  public Optional<Problem> check(Record record, LocalDate stated) {
    Optional<LocalDate> computed = lastDay(record);
    if (computed.isEmpty() || computed.get().equals(stated)) {
      return Optional.empty();
    }
    return Optional.of(Problem.of(ProblemCode.DISCLOSURE_END_MISMATCH, "", stated.toString(),
        "cn-national 公示期限最后一日 " + computed.get() + "（R-DISC-3）",
        "last day of disclosure under cn-national " + computed.get() + " (R-DISC-3)"));
  }

  /** The computed last day of disclosure, when the engine assesses the record. */
  public Optional<LocalDate> lastDay(Record record) {
    load();
    AssessmentResult r = Assessor.create().assess(record, profile, calendar, record.decision().decidedOn());
    return r.toOptional().map(a -> a.disclosure().lastDay());
  }

  private void load() {
    if (profile == null) {
      synchronized (this) {
        if (profile == null) {
          calendar = WorkingDayCalendars.national();
          // only the built-in national profile is needed here: resolve just it (a platform profile elsewhere on
          // the class path is validated by whoever loads the registry)
          profile = ProfileRegistry.loadOnDemand(ProfileRegistry.class.getClassLoader()).get("cn-national");
        }
      }
    }
  }
}
