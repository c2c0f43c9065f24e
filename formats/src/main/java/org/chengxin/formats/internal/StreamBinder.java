package org.chengxin.formats.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.chengxin.core.CitizenIdNumber;
import org.chengxin.core.Decision;
import org.chengxin.core.DivisionCode;
import org.chengxin.core.Event;
import org.chengxin.core.Impact;
import org.chengxin.core.Record;
import org.chengxin.core.Sanction;
import org.chengxin.core.Source;
import org.chengxin.core.Subject;
import org.chengxin.core.UnifiedSocialCreditCode;

/**
 * Binds a record that {@link FastCheck} passed straight from its bytes, in one pass over the tokens: the same
 * record {@link RecordBinder} binds from the tree, without building the tree. Behaviour on any other text is
 * undefined.
 */
public final class StreamBinder {

  private StreamBinder() {}

  /**
   * The record in {@code data[offset, offset + length)}.
   *
   * @throws IOException from the parser (not expected: the text was read once already)
   */
  public static Record bind(byte[] data, int offset, int length) throws IOException {
    try (JsonParser p = Streaming.recordParser(data, offset, length)) {
      p.nextToken();
      return record(p);
    }
  }

  /** The next value, a code, read from the parser's buffer (no String). */
  private static <E extends Enum<E>> E code(JsonParser p, EnumCodes<E> codes) throws IOException {
    p.nextToken();
    return codes.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
  }

  /** The next value, a date, read from the parser's buffer (no String). */
  private static LocalDate date(JsonParser p) throws IOException {
    p.nextToken();
    return Syntax.date(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
  }

  private static Record record(JsonParser p) throws IOException {
    Record.Builder b = Record.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "schemaVersion":
          b.schemaVersion(p.nextTextValue());
          break;
        case "recordId":
          b.recordId(p.nextTextValue());
          break;
        case "jurisdiction":
          b.jurisdiction(p.nextTextValue());
          break;
        case "subject":
          p.nextToken();
          b.subject(subject(p));
          break;
        case "category":
          b.category(code(p, EnumCodes.CATEGORY));
          break;
        case "domain":
          b.domain(code(p, EnumCodes.DOMAIN));
          break;
        case "tier":
          b.tier(code(p, EnumCodes.TIER));
          break;
        case "decision":
          p.nextToken();
          b.decision(decision(p));
          break;
        case "impact":
          p.nextToken();
          b.impact(impact(p));
          break;
        case "actEndedOn":
          b.actEndedOn(date(p));
          break;
        case "rectificationDueOn":
          b.rectificationDueOn(date(p));
          break;
        case "disclosureRestriction":
          b.disclosureRestriction(code(p, EnumCodes.DISCLOSURE));
          break;
        case "publishedOn":
          b.publishedOn(date(p));
          break;
        case "events":
          p.nextToken();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addEvents(event(p));
          }
          break;
        case "source":
          p.nextToken();
          b.source(source(p));
          break;
        default:
          throw new IllegalStateException("not a checked record: field " + name);
      }
    }
    return b.build();
  }

  private static Subject subject(JsonParser p) throws IOException {
    Subject.Builder b = Subject.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "kind":
          b.kind(code(p, EnumCodes.SUBJECT_KIND));
          break;
        case "name":
          b.name(p.nextTextValue());
          break;
        case "uscc":
          b.uscc(UnifiedSocialCreditCode.parse(p.nextTextValue()));
          break;
        case "level":
          b.level(code(p, EnumCodes.LEVEL));
          break;
        case "divisionCode":
          b.divisionCode(DivisionCode.parse(p.nextTextValue()));
          break;
        case "idNumber":
          b.idNumber(CitizenIdNumber.parse(p.nextTextValue()));
          break;
        case "employerName":
          b.employerName(p.nextTextValue());
          break;
        case "employerUscc":
          b.employerUscc(UnifiedSocialCreditCode.parse(p.nextTextValue()));
          break;
        case "position":
          b.position(p.nextTextValue());
          break;
        case "civilServant":
          b.civilServant(p.nextToken() == JsonToken.VALUE_TRUE);
          break;
        case "principalName":
          b.principalName(p.nextTextValue());
          break;
        default:
          throw new IllegalStateException("not a checked record: subject field " + name);
      }
    }
    return b.build();
  }

  private static Decision decision(JsonParser p) throws IOException {
    Decision.Builder b = Decision.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "documentNumber":
          b.documentNumber(p.nextTextValue());
          break;
        case "authorityName":
          b.authorityName(p.nextTextValue());
          break;
        case "authorityUscc":
          b.authorityUscc(UnifiedSocialCreditCode.parse(p.nextTextValue()));
          break;
        case "decidedOn":
          b.decidedOn(date(p));
          break;
        case "effectiveOn":
          b.effectiveOn(date(p));
          break;
        case "facts":
          b.facts(p.nextTextValue());
          break;
        case "basis":
          b.basis(p.nextTextValue());
          break;
        case "content":
          b.content(p.nextTextValue());
          break;
        case "penaltyTypes":
          p.nextToken();
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            b.addPenaltyTypes(EnumCodes.PENALTY_TYPE.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()));
          }
          break;
        case "fineAmount":
          b.fineAmount(new BigDecimal(p.nextTextValue()));
          break;
        case "confiscatedAmount":
          b.confiscatedAmount(new BigDecimal(p.nextTextValue()));
          break;
        case "simpleProcedure":
          b.simpleProcedure(p.nextToken() == JsonToken.VALUE_TRUE);
          break;
        case "sanction":
          p.nextToken();
          b.sanction(sanction(p));
          break;
        default:
          throw new IllegalStateException("not a checked record: decision field " + name);
      }
    }
    return b.build();
  }

  private static Sanction sanction(JsonParser p) throws IOException {
    Sanction.Builder b = Sanction.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "system":
          b.system(code(p, EnumCodes.SANCTION_SYSTEM));
          break;
        case "type":
          b.type(code(p, EnumCodes.SANCTION_TYPE));
          break;
        case "periodMonths":
          p.nextToken();
          b.periodMonths(p.getIntValue());
          break;
        default:
          throw new IllegalStateException("not a checked record: sanction field " + name);
      }
    }
    return b.build();
  }

  private static Impact impact(JsonParser p) throws IOException {
    Impact.Builder b = Impact.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      if ("economicLoss".equals(name)) {
        b.economicLoss(new BigDecimal(p.nextTextValue()));
      } else {
        b.socialImpact(code(p, EnumCodes.SOCIAL_IMPACT));
      }
    }
    return b.build();
  }

  private static Event event(JsonParser p) throws IOException {
    Event.Builder b = Event.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "type":
          b.type(code(p, EnumCodes.EVENT_TYPE));
          break;
        case "on":
          b.on(date(p));
          break;
        case "by":
          b.by(p.nextTextValue());
          break;
        case "outcome":
          b.outcome(code(p, EnumCodes.OUTCOME));
          break;
        case "decision":
          b.decision(code(p, EnumCodes.MITIGATION));
          break;
        case "grounds":
          p.nextToken();
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            b.addGrounds(EnumCodes.GROUND.get(p.getText()));
          }
          break;
        case "approved":
          b.approved(p.nextToken() == JsonToken.VALUE_TRUE);
          break;
        case "reason":
          b.reason(p.nextTextValue());
          break;
        default:
          throw new IllegalStateException("not a checked record: event field " + name);
      }
    }
    return b.build();
  }

  private static Source source(JsonParser p) throws IOException {
    p.nextFieldName();
    String unit = p.nextTextValue();
    p.nextFieldName();
    UnifiedSocialCreditCode uscc = UnifiedSocialCreditCode.parse(p.nextTextValue());
    p.nextFieldName();
    Source s = Source.of(unit, uscc, Syntax.instant(p.nextTextValue()));
    p.nextToken();
    return s;
  }
}
