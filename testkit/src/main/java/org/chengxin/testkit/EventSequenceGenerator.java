package org.chengxin.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chengxin.core.Event;
import org.chengxin.core.EventType;
import org.chengxin.core.MitigationDecision;
import org.chengxin.core.MitigationGround;
import org.chengxin.core.ObjectionOutcome;

/**
 * A seeded generator of valid event histories (事件序列, SPEC §3.6): dates non-decreasing from the decision day, no
 * objection resolved without one pending, no second objection while one is pending, no repair decided without an
 * application, no application while one is pending or after an approved repair, at most one rectification and one
 * mitigation, nothing after {@code DECISION_REVOKED} or an objection {@code UPHELD_WITHDRAWN}. A quarter of the
 * histories are empty.
 *
 * <pre>{@code
 * EventSequenceGenerator gen = new EventSequenceGenerator(7);
 * List<Event> history = gen.next(LocalDate.of(2024, 1, 8));   // e.g. OBJECTION_FILED 01-15, OBJECTION_RESOLVED 01-30
 * }</pre>
 */
public final class EventSequenceGenerator {

  private static final String[] NAMES = {"柞水县人民政府", "福建省财政厅", "张三"};
  private static final String[] REASONS = {"复议撤销", "诉讼判决撤销", "line1\nline2\ttab"};

  private final SplittableRandom rnd;

  /** A generator for {@code seed}. */
  public EventSequenceGenerator(long seed) {
    this(new SplittableRandom(seed));
  }

  EventSequenceGenerator(SplittableRandom rnd) {
    this.rnd = rnd;
  }

  /** A consistent history of 0 to 5 events for a record decided on {@code decidedOn}. */
  public List<Event> next(LocalDate decidedOn) {
    List<Event> events = new ArrayList<>();
    int n = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(6);
    LocalDate on = decidedOn;
    boolean objection = false;
    boolean repair = false;
    boolean approved = false;
    boolean rectified = false;
    boolean mitigated = false;
    for (int i = 0; i < n; i++) {
      on = on.plusDays(rnd.nextInt(20));
      EventType type = pick(EventType.values());
      Event.Builder e = Event.builder().type(type).on(on);
      switch (type) {
        case OBJECTION_FILED:
          if (objection) {
            continue;
          }
          objection = true;
          if (rnd.nextBoolean()) {
            e.by(pick(NAMES));
          }
          break;
        case OBJECTION_RESOLVED:
          if (!objection) {
            continue;
          }
          objection = false;
          ObjectionOutcome outcome = pick(ObjectionOutcome.values());
          e.outcome(outcome);
          events.add(e.build());
          if (outcome == ObjectionOutcome.UPHELD_WITHDRAWN) {
            return events;
          }
          continue;
        case RECTIFICATION_COMPLETED:
          if (rectified) {
            continue;
          }
          rectified = true;
          break;
        case MITIGATION_DECIDED:
          if (mitigated) {
            continue;
          }
          mitigated = true;
          e.decision(pick(MitigationDecision.values())).addGrounds(pick(MitigationGround.values()));
          if (rnd.nextBoolean()) {
            e.addGrounds(pick(MitigationGround.values()));
          }
          break;
        case REPAIR_APPLIED:
          if (repair || approved) {
            continue;
          }
          repair = true;
          break;
        case REPAIR_DECIDED:
          if (!repair) {
            continue;
          }
          repair = false;
          approved = rnd.nextBoolean();
          e.approved(approved);
          break;
        case DECISION_REVOKED:
          if (rnd.nextBoolean()) {
            e.reason(pick(REASONS));
          }
          events.add(e.build());
          return events;
        default:
          break;
      }
      events.add(e.build());
    }
    return events;
  }

  private <T> T pick(T[] values) {
    return values[rnd.nextInt(values.length)];
  }
}
