package org.chengxin.formats.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chengxin.core.Commitment;
import org.chengxin.core.CommitmentType;
import org.chengxin.core.Complaint;
import org.chengxin.core.ComplaintChannel;
import org.chengxin.core.IdentifierException;
import org.chengxin.core.LitigationCase;
import org.chengxin.core.LitigationOutcome;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.UnifiedSocialCreditCode;

/**
 * The fields of one evaluation input type (SPEC §7) — name, kind, required — its date-order constraints, and how a
 * checked object becomes a value. {@link #check} reports every problem of an object (never stops at the first);
 * {@link #bind} is called only on an object without ERROR.
 *
 * @param <T> the value type
 */
public final class InputSchema<T> {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** What a field holds. */
  public enum Kind { ID, USCC, TEXT, DATE, BOOLEAN, ENUM }

  /** One field. */
  public record Field(String name, Kind kind, boolean required, Class<? extends Enum<?>> codes) {}

  /** {@code later} must not be before {@code earlier} (both present); reported at {@code later}. */
  public record Order(String later, String earlier) {}

  private final String type;
  private final Map<String, Field> fields = new LinkedHashMap<>();
  private final List<Order> orders;
  private final Function<JsonNode, T> binder;

  private InputSchema(String type, List<Field> fields, List<Order> orders, Function<JsonNode, T> binder) {
    this.type = type;
    fields.forEach(f -> this.fields.put(f.name(), f));
    this.orders = List.copyOf(orders);
    this.binder = binder;
  }

  private static Field field(String name, Kind kind, boolean required) {
    return new Field(name, kind, required, null);
  }

  private static Field codes(String name, Class<? extends Enum<?>> codes) {
    return new Field(name, Kind.ENUM, true, codes);
  }

  /** Commitments: {@code id, unit, type, madeOn, dueOn, fulfilledOn?, brokenOn?}. */
  public static final InputSchema<Commitment> COMMITMENT = new InputSchema<>("commitment",
      List.of(field("id", Kind.ID, true), field("unit", Kind.USCC, true), codes("type", CommitmentType.class),
          field("madeOn", Kind.DATE, true), field("dueOn", Kind.DATE, true), field("fulfilledOn", Kind.DATE, false),
          field("brokenOn", Kind.DATE, false)),
      List.of(new Order("dueOn", "madeOn"), new Order("fulfilledOn", "madeOn"), new Order("brokenOn", "madeOn")),
      n -> {
        Commitment.Builder b = Commitment.builder().id(n.get("id").asText()).unit(uscc(n, "unit"))
            .type(CommitmentType.valueOf(n.get("type").asText())).madeOn(date(n, "madeOn")).dueOn(date(n, "dueOn"));
        optDate(n, "fulfilledOn").ifPresent(b::fulfilledOn);
        optDate(n, "brokenOn").ifPresent(b::brokenOn);
        return b.build();
      });

  /** Complaints: {@code id, unit, channel, receivedOn, dueOn, closedOn?, substantiated?}. */
  public static final InputSchema<Complaint> COMPLAINT = new InputSchema<>("complaint",
      List.of(field("id", Kind.ID, true), field("unit", Kind.USCC, true), codes("channel", ComplaintChannel.class),
          field("receivedOn", Kind.DATE, true), field("dueOn", Kind.DATE, true), field("closedOn", Kind.DATE, false),
          field("substantiated", Kind.BOOLEAN, false)),
      List.of(new Order("dueOn", "receivedOn"), new Order("closedOn", "receivedOn")),
      n -> {
        Complaint.Builder b = Complaint.builder().id(n.get("id").asText()).unit(uscc(n, "unit"))
            .channel(ComplaintChannel.valueOf(n.get("channel").asText()))
            .receivedOn(date(n, "receivedOn")).dueOn(date(n, "dueOn"));
        optDate(n, "closedOn").ifPresent(b::closedOn);
        JsonNode s = n.get("substantiated");
        if (s != null && !s.isNull()) {
          b.substantiated(s.asBoolean());
        }
        return b.build();
      });

  /** Litigation cases: {@code id, unit, caseNumber, concludedOn, outcome, judgmentPerformedOn?}. */
  public static final InputSchema<LitigationCase> LITIGATION = new InputSchema<>("litigation case",
      List.of(field("id", Kind.ID, true), field("unit", Kind.USCC, true), field("caseNumber", Kind.TEXT, true),
          field("concludedOn", Kind.DATE, true), codes("outcome", LitigationOutcome.class),
          field("judgmentPerformedOn", Kind.DATE, false)),
      List.of(new Order("judgmentPerformedOn", "concludedOn")),
      n -> {
        LitigationCase.Builder b = LitigationCase.builder().id(n.get("id").asText()).unit(uscc(n, "unit"))
            .caseNumber(n.get("caseNumber").asText()).concludedOn(date(n, "concludedOn"))
            .outcome(LitigationOutcome.valueOf(n.get("outcome").asText()));
        optDate(n, "judgmentPerformedOn").ifPresent(b::judgmentPerformedOn);
        return b.build();
      });

  /** e.g. {@code commitment}. */
  public String type() {
    return type;
  }

  /** The field names, in schema order (the CSV header order of the examples). */
  public List<String> fieldNames() {
    return List.copyOf(fields.keySet());
  }

  /** The field named {@code name}, if any. */
  public Optional<Field> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** Every problem of {@code node} (paths are JSON Pointers); empty when it is a valid item. */
  public List<Problem> check(JsonNode node) {
    List<Problem> problems = new ArrayList<>();
    if (!node.isObject()) {
      problems.add(Problem.of(ProblemCode.TYPE, "", null, "对象", "an object"));
      return problems;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!fields.containsKey(name)) {
        problems.add(Problem.of(ProblemCode.UNKNOWN_FIELD, "/" + pointer(name), null));
      }
    }
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    for (Field f : fields.values()) {
      JsonNode value = node.get(f.name());
      String path = "/" + f.name();
      if (value == null || value.isNull()) {
        if (f.required()) {
          problems.add(Problem.of(ProblemCode.REQUIRED, path, null));
        }
        continue;
      }
      if (f.kind() == Kind.BOOLEAN) {
        if (!value.isBoolean()) {
          problems.add(Problem.of(ProblemCode.TYPE, path, clip(value.toString()), "布尔值 true 或 false",
              "a boolean, true or false"));
        }
        continue;
      }
      if (!value.isTextual()) {
        problems.add(Problem.of(ProblemCode.TYPE, path, clip(value.toString()), "字符串", "a string"));
        continue;
      }
      String text = value.asText();
      switch (f.kind()) {
        case ID -> {
          if (!ID.matcher(text).matches()) {
            problems.add(Problem.of(ProblemCode.LENGTH, path, clip(text), "应为 1–64 个 [A-Za-z0-9._:-] 字符",
                "1–64 characters of [A-Za-z0-9._:-]"));
          }
        }
        case USCC -> UnifiedSocialCreditCode.check(text).ifPresent(e -> problems.add(uscc(e, path, text)));
        case TEXT -> {
          if (text.isBlank() || text.length() > 100) {
            problems.add(Problem.of(ProblemCode.LENGTH, path, clip(text), "应为 1–100 个字符",
                "1–100 characters"));
          }
        }
        case DATE -> {
          LocalDate day = parseDate(text);
          if (day == null) {
            problems.add(Problem.of(ProblemCode.DATE_INVALID, path, clip(text), "应为 YYYY-MM-DD 格式的日期",
                "expected a date YYYY-MM-DD"));
          } else {
            dates.put(f.name(), day);
          }
        }
        case ENUM -> {
          if (Arrays.stream(f.codes().getEnumConstants()).noneMatch(c -> c.name().equals(text))) {
            String known = Arrays.stream(f.codes().getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", "));
            problems.add(Problem.of(ProblemCode.ENUM_UNKNOWN, path, clip(text), "可选值 " + known,
                "expected one of " + known));
          }
        }
        default -> throw new IllegalStateException(f.kind().name());
      }
    }
    for (Order o : orders) {
      LocalDate later = dates.get(o.later());
      LocalDate earlier = dates.get(o.earlier());
      if (later != null && earlier != null && later.isBefore(earlier)) {
        problems.add(Problem.of(ProblemCode.DATE_ORDER, "/" + o.later(), later.toString(),
            o.earlier() + " " + earlier, o.earlier() + " " + earlier));
      }
    }
    return problems;
  }

  /** The value of a checked object without ERROR. */
  public T bind(JsonNode node) {
    return binder.apply(node);
  }

  private static Problem uscc(IdentifierException e, String path, String text) {
    return Problem.of(e.code(), path, text, e.detailZh(), e.detailEn());
  }

  private static LocalDate parseDate(String text) {
    if (!DATE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String pointer(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String clip(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  private static UnifiedSocialCreditCode uscc(JsonNode n, String name) {
    return UnifiedSocialCreditCode.parse(n.get(name).asText());
  }

  private static LocalDate date(JsonNode n, String name) {
    return LocalDate.parse(n.get(name).asText());
  }

  private static Optional<LocalDate> optDate(JsonNode n, String name) {
    JsonNode v = n.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(v.asText()));
  }
}
