package org.chengxin.formats.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.core.EventType;
import org.chengxin.core.ObjectionOutcome;
import org.chengxin.core.ProblemCode;

/** Validates {@code /events} (SPEC §3.6): fields by type, date order and the consistency of the history. */
final class EventWalk {

  /** Every event field, in canonical order. */
  static final List<String> EVENT = List.of("type", "on", "by", "outcome", "decision", "grounds", "approved",
      "reason");
  private static final Set<String> EVENT_SET = Set.copyOf(EVENT);
  /** The fields each type allows besides type and on. */
  private static final Map<EventType, Set<String>> EXTRA = new EnumMap<>(EventType.class);

  static {
    for (EventType t : EventType.values()) {
      EXTRA.put(t, Set.of("type", "on"));
    }
    EXTRA.put(EventType.OBJECTION_FILED, Set.of("type", "on", "by"));
    EXTRA.put(EventType.OBJECTION_RESOLVED, Set.of("type", "on", "outcome"));
    EXTRA.put(EventType.MITIGATION_DECIDED, Set.of("type", "on", "decision", "grounds"));
    EXTRA.put(EventType.REPAIR_DECIDED, Set.of("type", "on", "approved"));
    EXTRA.put(EventType.DECISION_REVOKED, Set.of("type", "on", "reason"));
  }

  /** Paths of the first events' fields, built once: "/events/3/on" is not rebuilt for every record. */
  private static final int CACHED = 32;
  private static final String[][] PATHS = new String[CACHED][];

  static {
    for (int i = 0; i < CACHED; i++) {
      PATHS[i] = paths(i);
    }
  }

  private static String[] paths(int i) {
    String base = "/events/" + i;
    String[] p = new String[EVENT.size() + 1];
    p[0] = base;
    for (int k = 0; k < EVENT.size(); k++) {
      p[k + 1] = base + "/" + EVENT.get(k);
    }
    return p;
  }

  private final RecordWalk walk;
  private final Findings f;

  private final History history = new History();
  private LocalDate previous;

  EventWalk(RecordWalk walk) {
    this.walk = walk;
    this.f = walk.f;
  }

  void events(JsonNode events) {
    if (!events.isArray()) {
      f.type("/events", events, "数组", "an array");
      return;
    }
    for (int i = 0; i < events.size(); i++) {
      event(events.get(i), i < CACHED ? PATHS[i] : paths(i));
    }
  }

  /** @param p the event's path, then the paths of its fields in {@link #EVENT} order */
  private void event(JsonNode e, String[] p) {
    String path = p[0];
    if (!e.isObject()) {
      f.type(path, e, "对象", "an object");
      return;
    }
    JsonNode typeNode = e.get("type");
    EventType type = typeNode != null && typeNode.isTextual() ? EnumCodes.EVENT_TYPE.get(typeNode.textValue())
        : null;
    f.object(e, path, type == null ? EVENT_SET : EXTRA.get(type));
    f.code(e, "type", p[1], true, EnumCodes.EVENT_TYPE);
    LocalDate on = f.date(e, "on", p[2], true);
    boolean any = type == null;
    if (any || type == EventType.OBJECTION_FILED) {
      f.text(e, "by", p[3], false, 1, RecordWalk.NAME_MAX);
    }
    ObjectionOutcome outcome = null;
    if (any || type == EventType.OBJECTION_RESOLVED) {
      outcome = f.code(e, "outcome", p[4], !any, EnumCodes.OUTCOME);
    }
    if (any || type == EventType.MITIGATION_DECIDED) {
      f.code(e, "decision", p[5], !any, EnumCodes.MITIGATION);
      grounds(e, p[6], !any);
    }
    Boolean approved = null;
    if (any || type == EventType.REPAIR_DECIDED) {
      approved = f.bool(e, "approved", p[7], !any);
    }
    if (any || type == EventType.DECISION_REVOKED) {
      f.text(e, "reason", p[8], false, 1, RecordWalk.TEXT_MAX);
    }
    if (on != null) {
      order(on, p[2]);
    }
    if (type != null) {
      history(type, outcome, approved, path);
    }
  }

  private void grounds(JsonNode e, String path, boolean required) {
    JsonNode v = f.field(e, "grounds", path, required);
    if (v == null) {
      return;
    }
    if (!v.isArray()) {
      f.type(path, v, "数组", "an array");
      return;
    }
    if (v.isEmpty()) {
      f.add(ProblemCode.REQUIRED, path, null, "至少需要一项理由", "at least one ground is required");
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (item.isNull()) {
        f.type(path + "/" + i, item, "字符串", "a string");
      } else {
        f.code(item, path + "/" + i, EnumCodes.GROUND);
      }
    }
  }

  /** {@code on} ≥ decidedOn and non-decreasing in array order. */
  private void order(LocalDate on, String path) {
    LocalDate decidedOn = walk.decidedOn;
    if (decidedOn != null && on.isBefore(decidedOn)) {
      f.add(ProblemCode.EVENT_ORDER, path, on.toString(), "早于决定日 " + decidedOn,
          "before the decision date " + decidedOn);
    } else if (previous != null && on.isBefore(previous)) {
      f.add(ProblemCode.EVENT_ORDER, path, on.toString(), "早于前一事件的日期 " + previous,
          "before the previous event's date " + previous);
    }
    if (previous == null || on.isAfter(previous)) {
      previous = on;
    }
  }

  /** SPEC §3.6: every inconsistency of the history, reported at the event that breaks it. */
  private void history(EventType type, ObjectionOutcome outcome, Boolean approved, String path) {
    String[] why = history.next(type, outcome, approved);
    if (why != null) {
      f.add(ProblemCode.EVENT_INCONSISTENT, path, type.name(), why[0], why[1]);
    }
  }
}
