package org.chengxin.formats.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Record;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.ValidationCollector;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.Profile;
import org.chengxin.rules.WorkingDayCalendar;

/**
 * One pass over the read results of a report: counts every record once (used, not selected, invalid, refused),
 * collects the problems of invalid and refused records, and assesses valid ones on demand.
 */
final class Pass {

  /** What a report did with one valid record. */
  enum Outcome { USED, NOT_SELECTED, REFUSED }

  /** A report's handling of one valid record. */
  interface Handler {
    Outcome handle(Record record, Pass pass);
  }

  private final Profile profile;
  private final WorkingDayCalendar calendar;
  private final ValidationCollector problems;
  private long read;
  private long used;
  private long notSelected;
  private long invalid;
  private long refused;
  private ReadResult current;
  private List<Problem> refusal;

  Pass(Profile profile, WorkingDayCalendar calendar, Language language) {
    this.profile = profile;
    this.calendar = calendar;
    this.problems = new ValidationCollector(language);
  }

  /** Reads every result, handing each valid record to {@code handler}; {@code progress} gets the count read. */
  InputSummary run(Iterator<ReadResult> input, Handler handler, LongConsumer progress) {
    while (input.hasNext()) {
      ReadResult r = input.next();
      read++;
      progress.accept(read);
      Optional<Record> record = r.record();
      if (record.isEmpty()) {
        invalid++;
        problems.accept(errorsOnly(r.problems()));
        continue;
      }
      current = r;
      refusal = null;
      Outcome outcome = handler.handle(record.get(), this);
      if (refusal != null) {
        outcome = Outcome.REFUSED;
      }
      switch (outcome) {
        case USED:
          used++;
          break;
        case NOT_SELECTED:
          notSelected++;
          break;
        default:
          refused++;
          problems.accept(refusal);
      }
    }
    return InputSummary.builder().recordsRead(read).recordsUsed(used).recordsNotSelected(notSelected)
        .recordsInvalid(invalid).recordsRefused(refused).problems(problems.report()).build();
  }

  /**
   * The record's assessment on {@code day}; empty when it was decided after that day (it does not exist yet: not
   * a problem, SPEC §6) or when the engine refused it (the record then counts as refused, with its problems).
   */
  Optional<Assessment> assess(Record record, LocalDate day) {
    if (record.decision().decidedOn().isAfter(day)) {
      return Optional.empty();
    }
    AssessmentResult result = Assessor.create().assess(record, profile, calendar, day);
    if (result.isRefused()) {
      refuse(result.problems());
      return Optional.empty();
    }
    return result.toOptional();
  }

  /** Marks the current record as refused with these problems (located at its line). */
  void refuse(List<Problem> found) {
    if (refusal == null) {
      refusal = new ArrayList<>();
    }
    for (Problem p : found) {
      refusal.add(p.forRecord(current.recordId().orElse("")).atLine(current.line(), null));
    }
  }

  /** Whether the current record was refused. */
  boolean refused() {
    return refusal != null;
  }

  /** A refusal for a day outside the calendar met by a report's own date arithmetic. */
  void refuseCalendar(String detail) {
    refuse(List.of(Problem.of(ProblemCode.CALENDAR_RANGE, "", null,
        "日期超出工作日历范围：" + detail, "a date outside the working-day calendar: " + detail)));
  }

  private static List<Problem> errorsOnly(List<Problem> all) {
    List<Problem> errors = new ArrayList<>();
    for (Problem p : all) {
      if (p.severity() == org.chengxin.core.Severity.ERROR) {
        errors.add(p);
      }
    }
    return errors;
  }
}
