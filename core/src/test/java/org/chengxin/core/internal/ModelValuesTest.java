package org.chengxin.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.core.Category;
import org.chengxin.core.Decision;
import org.chengxin.core.DivisionCode;
import org.chengxin.core.Event;
import org.chengxin.core.EventType;
import org.chengxin.core.Impact;
import org.chengxin.core.MitigationDecision;
import org.chengxin.core.MitigationGround;
import org.chengxin.core.PenaltyType;
import org.chengxin.core.Record;
import org.chengxin.core.Sanction;
import org.chengxin.core.SanctionSystem;
import org.chengxin.core.SanctionType;
import org.chengxin.core.SocialImpact;
import org.chengxin.core.Source;
import org.chengxin.core.Subject;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.chengxin.core.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;

/**
 * The model made from all values at once equals the model the builders make, checks required values as they do
 * and keeps its own copy of each list; nobody else can lend a maker.
 */
class ModelValuesTest {

  private static final ModelValues.Maker MAKER = ModelValues.maker();
  private static final UnifiedSocialCreditCode USCC = UnifiedSocialCreditCode.parse("11230500001755309F");
  private static final LocalDate DECIDED = LocalDate.of(2024, 3, 1);

  @Test
  void makesWhatTheBuildersMake() {
    Subject subject = Subject.builder().kind(SubjectKind.GOVERNMENT).name("柞水县人民政府").uscc(USCC)
        .divisionCode(DivisionCode.parse("611026")).principalName("张三").build();

    List<PenaltyType> types = new ArrayList<>(List.of(PenaltyType.WARNING_NOTICE, PenaltyType.FINE));
    Decision decision = MAKER.decision("柞政罚〔2024〕12号", "柞水县财政局", USCC, DECIDED, null, "事实", null, "罚款",
        types, new BigDecimal("100.00"), null, Boolean.FALSE, null);
    assertThat(decision).isEqualTo(Decision.builder().documentNumber("柞政罚〔2024〕12号").authorityName("柞水县财政局")
        .authorityUscc(USCC).decidedOn(DECIDED).facts("事实").content("罚款").addPenaltyTypes(PenaltyType.WARNING_NOTICE)
        .addPenaltyTypes(PenaltyType.FINE).fineAmount(new BigDecimal("100.00")).simpleProcedure(false).build());

    Sanction sanction = MAKER.sanction(SanctionSystem.PARTY, SanctionType.PARTY_PROBATION, 24);
    assertThat(sanction).isEqualTo(Sanction.builder().system(SanctionSystem.PARTY).type(SanctionType.PARTY_PROBATION)
        .periodMonths(24).build());
    assertThat(MAKER.impact(null, SocialImpact.HIGH))
        .isEqualTo(Impact.builder().socialImpact(SocialImpact.HIGH).build());

    Event mitigation = MAKER.event(EventType.MITIGATION_DECIDED, DECIDED.plusDays(1), null, null,
        MitigationDecision.LIGHTER, List.of(MitigationGround.RECOVERED_LOSS), null, null);
    assertThat(mitigation).isEqualTo(Event.builder().type(EventType.MITIGATION_DECIDED).on(DECIDED.plusDays(1))
        .decision(MitigationDecision.LIGHTER).addGrounds(MitigationGround.RECOVERED_LOSS).build());
    Event revoked = MAKER.event(EventType.DECISION_REVOKED, DECIDED.plusDays(2), null, null, null, List.of(), null,
        "撤销");
    Source source = MAKER.source("柞水县信用办", USCC, OffsetDateTime.parse("2024-03-02T10:00:00+08:00"));
    assertThat(source).isEqualTo(Source.of("柞水县信用办", USCC, OffsetDateTime.parse("2024-03-02T10:00:00+08:00")));

    Record record = MAKER.record("ZS-1", "611026", subject, Category.ADMINISTRATIVE_PENALTY, null, Tier.GENERAL,
        decision, null, null, null, null, DECIDED, List.of(mitigation, revoked), source);
    Record built = Record.builder().recordId("ZS-1").jurisdiction("611026").subject(subject)
        .category(Category.ADMINISTRATIVE_PENALTY).tier(Tier.GENERAL).decision(decision).publishedOn(DECIDED)
        .addEvents(mitigation, revoked).source(source).build();
    assertThat(record).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(record.schemaVersion()).isEqualTo(Record.SCHEMA_VERSION);
    assertThat(record.domain()).isEmpty();
  }

  /** The model keeps its own immutable copy of a list: changing the list given changes nothing. */
  @Test
  void copiesTheListsItIsGiven() {
    List<PenaltyType> types = new ArrayList<>(List.of(PenaltyType.WARNING_NOTICE, PenaltyType.FINE));
    Decision decision = MAKER.decision("文书1", "机关", USCC, DECIDED, null, null, null, "内容", types, null, null,
        null, null);
    types.clear();
    assertThat(decision.penaltyTypes()).containsExactly(PenaltyType.WARNING_NOTICE, PenaltyType.FINE);
    assertThatThrownBy(() -> decision.penaltyTypes().add(PenaltyType.FINE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsMissingRequiredValuesAndNullElements() {
    assertThatThrownBy(() -> MAKER.decision("文书1", "机关", USCC, DECIDED, null, null, null, null, List.of(), null,
        null, null, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("content");
    List<PenaltyType> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> MAKER.decision("文书1", "机关", USCC, DECIDED, null, null, null, "内容", withNull, null,
        null, null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MAKER.event(null, DECIDED, null, null, null, List.of(), null, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void takesNoOtherMaker() {
    assertThatThrownBy(() -> ModelValues.install(MAKER)).isInstanceOf(IllegalStateException.class);
  }
}
