package org.chengxin.formats.internal;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Binds a record tree that the validator accepted (no ERROR) to the model, by hand: no reflection, no
 * second validation pass. Behaviour on a tree with ERRORs is undefined.
 */
public final class RecordBinder {

  private RecordBinder() {}

  /** The record of a valid tree. */
  public static Record bind(JsonNode n) {
    Record.Builder b = Record.builder()
        .schemaVersion(n.get("schemaVersion").textValue())
        .recordId(n.get("recordId").textValue())
        .jurisdiction(n.get("jurisdiction").textValue())
        .subject(subject(n.get("subject")))
        .category(EnumCodes.CATEGORY.get(n.get("category").textValue()))
        .tier(EnumCodes.TIER.get(n.get("tier").textValue()))
        .decision(decision(n.get("decision")))
        .source(source(n.get("source")));
    JsonNode v;
    if ((v = n.get("domain")) != null) {
      b.domain(EnumCodes.DOMAIN.get(v.textValue()));
    }
    if ((v = n.get("impact")) != null) {
      b.impact(impact(v));
    }
    if ((v = n.get("actEndedOn")) != null) {
      b.actEndedOn(date(v));
    }
    if ((v = n.get("rectificationDueOn")) != null) {
      b.rectificationDueOn(date(v));
    }
    if ((v = n.get("disclosureRestriction")) != null) {
      b.disclosureRestriction(EnumCodes.DISCLOSURE.get(v.textValue()));
    }
    if ((v = n.get("publishedOn")) != null) {
      b.publishedOn(date(v));
    }
    if ((v = n.get("events")) != null) {
      for (JsonNode e : v) {
        b.addEvents(event(e));
      }
    }
    return b.build();
  }

  private static Subject subject(JsonNode n) {
    Subject.Builder b = Subject.builder()
        .kind(EnumCodes.SUBJECT_KIND.get(n.get("kind").textValue()))
        .name(n.get("name").textValue());
    JsonNode v;
    if ((v = n.get("uscc")) != null) {
      b.uscc(uscc(v));
    }
    if ((v = n.get("level")) != null) {
      b.level(EnumCodes.LEVEL.get(v.textValue()));
    }
    if ((v = n.get("divisionCode")) != null) {
      b.divisionCode(DivisionCode.parse(v.textValue()));
    }
    if ((v = n.get("idNumber")) != null) {
      b.idNumber(CitizenIdNumber.parse(v.textValue()));
    }
    if ((v = n.get("employerName")) != null) {
      b.employerName(v.textValue());
    }
    if ((v = n.get("employerUscc")) != null) {
      b.employerUscc(uscc(v));
    }
    if ((v = n.get("position")) != null) {
      b.position(v.textValue());
    }
    if ((v = n.get("civilServant")) != null) {
      b.civilServant(v.booleanValue());
    }
    if ((v = n.get("principalName")) != null) {
      b.principalName(v.textValue());
    }
    return b.build();
  }

  private static Decision decision(JsonNode n) {
    Decision.Builder b = Decision.builder()
        .documentNumber(n.get("documentNumber").textValue())
        .authorityName(n.get("authorityName").textValue())
        .authorityUscc(uscc(n.get("authorityUscc")))
        .decidedOn(date(n.get("decidedOn")))
        .content(n.get("content").textValue());
    JsonNode v;
    if ((v = n.get("effectiveOn")) != null) {
      b.effectiveOn(date(v));
    }
    if ((v = n.get("facts")) != null) {
      b.facts(v.textValue());
    }
    if ((v = n.get("basis")) != null) {
      b.basis(v.textValue());
    }
    if ((v = n.get("penaltyTypes")) != null) {
      for (JsonNode t : v) {
        b.addPenaltyTypes(EnumCodes.PENALTY_TYPE.get(t.textValue()));
      }
    }
    if ((v = n.get("fineAmount")) != null) {
      b.fineAmount(new BigDecimal(v.textValue()));
    }
    if ((v = n.get("confiscatedAmount")) != null) {
      b.confiscatedAmount(new BigDecimal(v.textValue()));
    }
    if ((v = n.get("simpleProcedure")) != null) {
      b.simpleProcedure(v.booleanValue());
    }
    if ((v = n.get("sanction")) != null) {
      Sanction.Builder s = Sanction.builder()
          .system(EnumCodes.SANCTION_SYSTEM.get(v.get("system").textValue()))
          .type(EnumCodes.SANCTION_TYPE.get(v.get("type").textValue()));
      JsonNode m = v.get("periodMonths");
      if (m != null) {
        s.periodMonths(m.intValue());
      }
      b.sanction(s.build());
    }
    return b.build();
  }

  private static Impact impact(JsonNode n) {
    Impact.Builder b = Impact.builder();
    JsonNode v;
    if ((v = n.get("economicLoss")) != null) {
      b.economicLoss(new BigDecimal(v.textValue()));
    }
    if ((v = n.get("socialImpact")) != null) {
      b.socialImpact(EnumCodes.SOCIAL_IMPACT.get(v.textValue()));
    }
    return b.build();
  }

  private static Event event(JsonNode n) {
    Event.Builder b = Event.builder()
        .type(EnumCodes.EVENT_TYPE.get(n.get("type").textValue()))
        .on(date(n.get("on")));
    JsonNode v;
    if ((v = n.get("by")) != null) {
      b.by(v.textValue());
    }
    if ((v = n.get("outcome")) != null) {
      b.outcome(EnumCodes.OUTCOME.get(v.textValue()));
    }
    if ((v = n.get("decision")) != null) {
      b.decision(EnumCodes.MITIGATION.get(v.textValue()));
    }
    if ((v = n.get("grounds")) != null) {
      for (JsonNode g : v) {
        b.addGrounds(EnumCodes.GROUND.get(g.textValue()));
      }
    }
    if ((v = n.get("approved")) != null) {
      b.approved(v.booleanValue());
    }
    if ((v = n.get("reason")) != null) {
      b.reason(v.textValue());
    }
    return b.build();
  }

  private static Source source(JsonNode n) {
    return Source.of(n.get("unit").textValue(), uscc(n.get("unitUscc")),
        Syntax.instant(n.get("submittedAt").textValue()));
  }

  private static UnifiedSocialCreditCode uscc(JsonNode v) {
    return UnifiedSocialCreditCode.parse(v.textValue());
  }

  private static LocalDate date(JsonNode v) {
    return Syntax.date(v.textValue());
  }
}
