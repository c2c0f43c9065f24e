package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Record;
import org.chengxin.core.SanctionType;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.UnifiedSocialCreditCode;
import org.chengxin.formats.internal.Json;
import org.junit.jupiter.api.Test;

/** Canonical JSON (SPEC §3): binding, writing, identity and the Jackson module. */
class CanonicalJsonTest {

  @Test
  void theBaseRecordsRoundTripByteForByte() {
    assertThat(CanonicalJson.write(CanonicalJson.read(Fixtures.ORG))).isEqualTo(Fixtures.ORG);
    assertThat(CanonicalJson.write(CanonicalJson.read(Fixtures.OFFICIAL))).isEqualTo(Fixtures.OFFICIAL);
  }

  @Test
  void bindsEveryField() {
    Record r = CanonicalJson.read(Fixtures.ORG);
    assertThat(r.subject().kind()).isEqualTo(SubjectKind.DEPARTMENT);
    assertThat(r.subject().uscc()).contains(UnifiedSocialCreditCode.parse("11230500001755309F"));
    assertThat(r.decision().fineAmount()).contains(new BigDecimal("1000.00"));
    assertThat(r.decision().fineAmount().get().scale()).isEqualTo(2);
    assertThat(r.decision().confiscatedAmount()).contains(BigDecimal.ZERO);
    assertThat(r.decision().effectiveDate()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(r.events()).hasSize(5);
    assertThat(r.events().get(4).approved()).contains(true);
    assertThat(r.source().submittedAt())
        .isEqualTo(OffsetDateTime.of(2024, 3, 8, 9, 30, 0, 0, ZoneOffset.ofHours(8)));
    Record o = CanonicalJson.read(Fixtures.OFFICIAL);
    assertThat(o.subject().idNumber().get().birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(o.decision().sanction().get().type()).isEqualTo(SanctionType.DEMERIT);
    assertThat(o.decision().sanction().get().periodMonths()).contains(24);
  }

  @Test
  void theTreeHasTheCanonicalFieldOrder() {
    Record r = CanonicalJson.read(Fixtures.ORG);
    List<String> names = new java.util.ArrayList<>();
    CanonicalJson.toTree(r).fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("schemaVersion", "recordId", "jurisdiction", "subject", "category",
        "domain", "tier", "decision", "impact", "actEndedOn", "rectificationDueOn", "disclosureRestriction",
        "publishedOn", "events", "source");
  }

  @Test
  void anInvalidRecordThrowsWithEveryProblem() {
    String bad = Fixtures.ORG.replace("\"1000.00\"", "\"1000.001\"").replace("\"GENERAL\"", "\"BAD\"");
    assertThatThrownBy(() -> CanonicalJson.read(bad))
        .isInstanceOf(RecordFormatException.class)
        .hasMessageContaining("ZS-2024-0001").hasMessageContaining("1000.001")
        .satisfies(e -> assertThat(((RecordFormatException) e).problems())
            .extracting(p -> p.code()).containsExactly(ProblemCode.ENUM_UNKNOWN, ProblemCode.MONEY_INVALID));
  }

  @Test
  void malformedJsonThrowsASyntaxProblem() {
    assertThatThrownBy(() -> CanonicalJson.read("{\"recordId\":"))
        .isInstanceOf(RecordFormatException.class)
        .satisfies(e -> assertThat(((RecordFormatException) e).problems())
            .extracting(p -> p.code()).containsExactly(ProblemCode.JSON_SYNTAX));
  }

  @Test
  void theModuleIsFoundOnTheClassPathAndBindsRecords() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Record r = mapper.readValue(Fixtures.OFFICIAL, Record.class);
    assertThat(mapper.writeValueAsString(r)).isEqualTo(Fixtures.OFFICIAL);
    assertThat(mapper.writeValueAsString(UnifiedSocialCreditCode.parse("11230500001755309F")))
        .isEqualTo("\"11230500001755309F\"");
    assertThat(mapper.readValue("\"11230500001755309F\"", UnifiedSocialCreditCode.class).value())
        .isEqualTo("11230500001755309F");
    assertThatThrownBy(() -> mapper.readValue(Fixtures.OFFICIAL.replace("SERIOUS", "HUGE"), Record.class))
        .isInstanceOf(RecordFormatException.class);
    assertThatThrownBy(() -> mapper.readValue("\"11230500001755309f\"", UnifiedSocialCreditCode.class))
        .hasMessageContaining("11230500001755309f");
  }

  @Test
  void anIntegralDecimalPeriodIsReadAsItsInteger() {
    // JSON Schema's "integer" includes 24.0; the canonical form writes 24.
    Record r = CanonicalJson.read(Fixtures.OFFICIAL.replace("\"periodMonths\":24", "\"periodMonths\":24.0"));
    assertThat(r.decision().sanction().get().periodMonths()).contains(24);
    assertThat(CanonicalJson.write(r)).isEqualTo(Fixtures.OFFICIAL);
  }

  @Test
  void instantsAreWrittenWithSecondsAndZForUtc() throws Exception {
    Record r = CanonicalJson.read(Fixtures.OFFICIAL);
    assertThat(Json.MAPPER.readTree(CanonicalJson.write(r)).at("/source/submittedAt").asText())
        .isEqualTo("2024-03-02T00:00:00Z");
  }
}
