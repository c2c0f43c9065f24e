package org.chengxin.formats.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.core.Category;
import org.chengxin.core.EventType;
import org.chengxin.core.JurisdictionUnits;
import org.chengxin.core.ObjectionOutcome;
import org.chengxin.core.SanctionSystem;
import org.chengxin.core.SanctionType;
import org.chengxin.core.SubjectKind;

/**
 * The fast path of validation: one pass over a record's tokens, no tree, that answers "certainly a record
 * without any problem, fields in canonical order" — or "don't know". It never reports problems: on anything
 * unusual (another field order, a warning, an error, 24.0 for 24, …) it says "don't know", and the full
 * {@link RecordWalk} over the tree finds the problems. So it only has to be right when it says yes: a record it
 * passes must be one the full validator finds nothing in (a property test checks this on every fixture and on
 * thousands of garbled records).
 */
public final class FastCheck {

  private static final Map<String, Integer> TOP = index(RecordWalk.TOP);
  private static final Map<String, Integer> SUBJECT = index(RecordWalk.SUBJECT);
  private static final Map<String, Integer> DECISION = index(DecisionWalk.DECISION);
  private static final Map<String, Integer> EVENT = index(EventWalk.EVENT);
  /** Required top-level fields, by canonical position. */
  private static final boolean[] TOP_REQUIRED = mask(RecordWalk.TOP, "schemaVersion", "recordId", "jurisdiction",
      "subject", "category", "tier", "decision", "source");

  private final JurisdictionUnits units;
  private final Set<String> divisions;

  public FastCheck(JurisdictionUnits units, Set<String> divisions) {
    this.units = units;
    this.divisions = divisions;
  }

  /** The record's ID when the text is certainly a clean canonical record; else null (use the full path). */
  public String clean(byte[] data, int offset, int length) {
    try (JsonParser p = Streaming.recordParser(data, offset, length)) {
      State s = new State();
      if (p.nextToken() != JsonToken.START_OBJECT || !record(p, s) || p.nextToken() != null) {
        return null;
      }
      return s.recordId;
    } catch (IOException e) {
      return null; // malformed: the full path reports it
    }
  }

  /** What a record says so far. */
  private static final class State {
    String recordId;
    SubjectKind kind;
    Category category;
    LocalDate decidedOn;
    LocalDate birthDate;
  }

  private boolean record(JsonParser p, State s) throws IOException {
    int pos = -1;
    String name;
    while ((name = p.nextFieldName()) != null) {
      Integer k = TOP.get(name);
      if (k == null || k <= pos || skipsRequired(TOP_REQUIRED, pos, k)) {
        return false;
      }
      pos = k;
      if (!topField(p, s, name)) {
        return false;
      }
    }
    return !skipsRequired(TOP_REQUIRED, pos, TOP_REQUIRED.length)
        && (s.birthDate == null || !s.birthDate.isAfter(s.decidedOn));
  }

  private boolean topField(JsonParser p, State s, String name) throws IOException {
    switch (name) {
      case "schemaVersion":
        return "1.0".equals(p.nextTextValue());
      case "recordId": {
        String id = p.nextTextValue();
        s.recordId = id;
        return id != null && !id.isEmpty() && id.length() <= Syntax.RECORD_ID_MAX && Syntax.isRecordIdCharset(id);
      }
      case "jurisdiction": {
        String j = p.nextTextValue();
        return j != null && (Syntax.isSixDigits(j) ? divisions.contains(j)
            : Syntax.isUnitCode(j) && units.unit(j).isPresent());
      }
      case "subject":
        return p.nextToken() == JsonToken.START_OBJECT && subject(p, s);
      case "category":
        s.category = code(p, EnumCodes.CATEGORY);
        return s.category != null && RecordWalk.fits(s.category, s.kind);
      case "domain":
        return code(p, EnumCodes.DOMAIN) != null;
      case "tier":
        return code(p, EnumCodes.TIER) != null;
      case "decision":
        return p.nextToken() == JsonToken.START_OBJECT && decision(p, s);
      case "impact":
        return p.nextToken() == JsonToken.START_OBJECT && impact(p);
      case "actEndedOn": {
        LocalDate d = date(p);
        return d != null && !d.isAfter(s.decidedOn);
      }
      case "rectificationDueOn":
        return date(p) != null;
      case "disclosureRestriction":
        return code(p, EnumCodes.DISCLOSURE) != null;
      case "publishedOn": {
        LocalDate d = date(p);
        return d != null && !d.isBefore(s.decidedOn);
      }
      case "events":
        return p.nextToken() == JsonToken.START_ARRAY && events(p, s);
      case "source":
        return p.nextToken() == JsonToken.START_OBJECT && source(p);
      default:
        return false;
    }
  }

  private boolean subject(JsonParser p, State s) throws IOException {
    if (!"kind".equals(p.nextFieldName())) {
      return false;
    }
    s.kind = code(p, EnumCodes.SUBJECT_KIND);
    if (s.kind == null) {
      return false;
    }
    boolean official = s.kind == SubjectKind.PUBLIC_OFFICIAL;
    // name, then (organisation) uscc, divisionCode or (official) idNumber, employerName, employerUscc: required.
    int required = official ? 4 : 3;
    int pos = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      Integer k = SUBJECT.get(name);
      if (k == null || k <= pos) {
        return false;
      }
      pos = k;
      switch (name) {
        case "name":
          required--;
          if (!text(p, 1, RecordWalk.NAME_MAX)) {
            return false;
          }
          break;
        case "uscc": {
          char prefix = s.kind == SubjectKind.GOVERNMENT || s.kind == SubjectKind.DEPARTMENT ? '1'
              : s.kind == SubjectKind.PUBLIC_INSTITUTION ? '2' : 0;
          // A valid code of 18 characters that starts with "11", "12" or (prefix 0) anything.
          if (official || !uscc(p) || prefix != 0 && (p.getTextCharacters()[p.getTextOffset()] != '1'
              || p.getTextCharacters()[p.getTextOffset() + 1] != prefix)) {
            return false;
          }
          required--;
          break;
        }
        case "level":
          if (official || code(p, EnumCodes.LEVEL) == null) {
            return false;
          }
          break;
        case "divisionCode": {
          String d = p.nextTextValue();
          if (d == null || !Syntax.isSixDigits(d) || !divisions.contains(d)) {
            return false;
          }
          if (!official) {
            required--;
          }
          break;
        }
        case "idNumber": {
          String id = official ? p.nextTextValue() : null;
          if (id == null || Syntax.citizenId(id) != Syntax.OK) {
            return false;
          }
          s.birthDate = Syntax.birthDate(id);
          required--;
          break;
        }
        case "employerName":
          if (!official || !text(p, 1, RecordWalk.NAME_MAX)) {
            return false;
          }
          required--;
          break;
        case "employerUscc":
          if (!official || !uscc(p)) {
            return false;
          }
          required--;
          break;
        case "position":
          if (!official || !text(p, 1, RecordWalk.NAME_MAX)) {
            return false;
          }
          break;
        case "civilServant":
          if (!official || !bool(p)) {
            return false;
          }
          break;
        case "principalName":
          if (official || !text(p, 1, RecordWalk.NAME_MAX)) {
            return false;
          }
          break;
        default:
          return false;
      }
    }
    return required == 0;
  }

  private boolean decision(JsonParser p, State s) throws IOException {
    Category c = s.category;
    boolean penalty = c == Category.ADMINISTRATIVE_PENALTY;
    boolean sanctioned = c == Category.DISCIPLINARY_SANCTION || c == Category.ACCOUNTABILITY;
    // documentNumber, authorityName, authorityUscc, decidedOn, content, and penaltyTypes or sanction.
    int required = 5 + (penalty || sanctioned ? 1 : 0);
    int pos = -1;
    String name;
    while ((name = p.nextFieldName()) != null) {
      Integer k = DECISION.get(name);
      if (k == null || k <= pos) {
        return false;
      }
      pos = k;
      switch (name) {
        case "documentNumber":
          if (!text(p, 1, 100)) {
            return false;
          }
          required--;
          break;
        case "authorityName":
          if (!text(p, 1, RecordWalk.NAME_MAX)) {
            return false;
          }
          required--;
          break;
        case "authorityUscc":
          if (!uscc(p)) {
            return false;
          }
          required--;
          break;
        case "decidedOn":
          s.decidedOn = date(p);
          if (s.decidedOn == null) {
            return false;
          }
          required--;
          break;
        case "effectiveOn": {
          LocalDate d = date(p);
          if (d == null || s.decidedOn == null || d.isBefore(s.decidedOn)) {
            return false;
          }
          break;
        }
        case "facts":
        case "basis":
          if (!text(p, 1, RecordWalk.TEXT_MAX)) {
            return false;
          }
          break;
        case "content":
          if (!text(p, 1, RecordWalk.TEXT_MAX)) {
            return false;
          }
          required--;
          break;
        case "penaltyTypes":
          if (!penalty || !codes(p, EnumCodes.PENALTY_TYPE)) {
            return false;
          }
          required--;
          break;
        case "fineAmount":
        case "confiscatedAmount":
          if (!penalty || !money(p)) {
            return false;
          }
          break;
        case "simpleProcedure":
          if (!penalty || !bool(p)) {
            return false;
          }
          break;
        case "sanction":
          if (!sanctioned || p.nextToken() != JsonToken.START_OBJECT || !sanction(p, c)) {
            return false;
          }
          required--;
          break;
        default:
          return false;
      }
    }
    return required == 0;
  }

  private static boolean sanction(JsonParser p, Category c) throws IOException {
    if (!"system".equals(p.nextFieldName())) {
      return false;
    }
    SanctionSystem system = code(p, EnumCodes.SANCTION_SYSTEM);
    if (system == null || !"type".equals(p.nextFieldName())) {
      return false;
    }
    SanctionType type = code(p, EnumCodes.SANCTION_TYPE);
    if (type == null || type.system() != system) {
      return false;
    }
    boolean fits = c == Category.DISCIPLINARY_SANCTION
        ? system == SanctionSystem.GOVERNMENT || system == SanctionSystem.PARTY
        : system == SanctionSystem.ACCOUNTABILITY;
    if (!fits) {
      return false;
    }
    String name = p.nextFieldName();
    if (name == null) {
      return type != SanctionType.PARTY_PROBATION;
    }
    if (!"periodMonths".equals(name) || !type.allowsPeriodMonths()
        || p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      return false;
    }
    int months = p.getIntValue();
    boolean ok = type == SanctionType.PARTY_PROBATION ? months == 12 || months == 24
        : months >= type.standardMonths().orElse(0) && months <= 48;
    return ok && p.nextToken() == JsonToken.END_OBJECT;
  }

  private static boolean impact(JsonParser p) throws IOException {
    int pos = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      if ("economicLoss".equals(name) && pos < 1) {
        pos = 1;
        if (!money(p)) {
          return false;
        }
      } else if ("socialImpact".equals(name) && pos < 2) {
        pos = 2;
        if (code(p, EnumCodes.SOCIAL_IMPACT) == null) {
          return false;
        }
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean events(JsonParser p, State s) throws IOException {
    History history = new History();
    LocalDate previous = s.decidedOn;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT || !"type".equals(p.nextFieldName())) {
        return false;
      }
      EventType type = code(p, EnumCodes.EVENT_TYPE);
      if (type == null || !"on".equals(p.nextFieldName())) {
        return false;
      }
      LocalDate on = date(p);
      if (on == null || previous == null || on.isBefore(previous)) {
        return false;
      }
      previous = on;
      ObjectionOutcome outcome = null;
      Boolean approved = null;
      int mitigation = 0;
      int pos = 1;
      String name;
      while ((name = p.nextFieldName()) != null) {
        Integer k = EVENT.get(name);
        if (k == null || k <= pos) {
          return false;
        }
        pos = k;
        boolean ok;
        switch (name) {
          case "by":
            ok = type == EventType.OBJECTION_FILED && text(p, 1, RecordWalk.NAME_MAX);
            break;
          case "outcome":
            outcome = type == EventType.OBJECTION_RESOLVED ? code(p, EnumCodes.OUTCOME) : null;
            ok = outcome != null;
            break;
          case "decision":
            ok = type == EventType.MITIGATION_DECIDED && code(p, EnumCodes.MITIGATION) != null;
            mitigation++;
            break;
          case "grounds":
            ok = type == EventType.MITIGATION_DECIDED && codes(p, EnumCodes.GROUND);
            mitigation++;
            break;
          case "approved":
            ok = type == EventType.REPAIR_DECIDED && bool(p);
            approved = ok ? p.getBooleanValue() : null;
            break;
          case "reason":
            ok = type == EventType.DECISION_REVOKED && text(p, 1, RecordWalk.TEXT_MAX);
            break;
          default:
            ok = false;
        }
        if (!ok) {
          return false;
        }
      }
      boolean complete = type == EventType.OBJECTION_RESOLVED ? outcome != null
          : type == EventType.MITIGATION_DECIDED ? mitigation == 2
          : type != EventType.REPAIR_DECIDED || approved != null;
      if (!complete || history.next(type, outcome, approved) != null) {
        return false;
      }
    }
    return true;
  }

  private static boolean source(JsonParser p) throws IOException {
    return "unit".equals(p.nextFieldName()) && text(p, 1, RecordWalk.NAME_MAX)
        && "unitUscc".equals(p.nextFieldName()) && uscc(p)
        && "submittedAt".equals(p.nextFieldName()) && instant(p)
        && p.nextToken() == JsonToken.END_OBJECT;
  }

  // Scalars: each reads the next value token.

  /**
   * Whether the next value is a string of {@code min} to {@code max} code points; read from the parser's own
   * buffer, without making a String.
   */
  private static boolean text(JsonParser p, int min, int max) throws IOException {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      return false;
    }
    int len = p.getTextLength();
    int n = len > max || len < min ? Character.codePointCount(p.getTextCharacters(), p.getTextOffset(), len) : len;
    return n >= min && n <= max;
  }

  private static <E extends Enum<E>> E code(JsonParser p, EnumCodes<E> codes) throws IOException {
    return p.nextToken() != JsonToken.VALUE_STRING ? null
        : codes.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
  }

  private static <E extends Enum<E>> boolean codes(JsonParser p, EnumCodes<E> codes) throws IOException {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      return false;
    }
    int n = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_STRING
          || codes.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) == null) {
        return false;
      }
      n++;
    }
    return n > 0;
  }

  private static LocalDate date(JsonParser p) throws IOException {
    return p.nextToken() != JsonToken.VALUE_STRING ? null
        : Syntax.date(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
  }

  private static boolean instant(JsonParser p) throws IOException {
    String s = p.nextTextValue();
    return s != null && Syntax.instant(s) != null;
  }

  private static boolean money(JsonParser p) throws IOException {
    String s = p.nextTextValue();
    return s != null && Syntax.moneyProblem(s) == null;
  }

  private static boolean bool(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    return t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
  }

  /** Whether the next value is a valid USCC (the parser stays on it). */
  private static boolean uscc(JsonParser p) throws IOException {
    return p.nextToken() == JsonToken.VALUE_STRING
        && Syntax.uscc(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) == Syntax.OK;
  }

  private static boolean skipsRequired(boolean[] required, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      if (required[j]) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Integer> index(List<String> names) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      m.put(names.get(i), i);
    }
    return m;
  }

  private static boolean[] mask(List<String> names, String... required) {
    boolean[] m = new boolean[names.size()];
    for (String r : required) {
      m[names.indexOf(r)] = true;
    }
    return m;
  }
}
