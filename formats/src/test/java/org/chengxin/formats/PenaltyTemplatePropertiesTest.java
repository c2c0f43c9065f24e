package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chengxin.core.Category;
import org.chengxin.core.Record;
import org.chengxin.core.SubjectKind;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Record → 双公示 template row → record keeps every field the template carries (R-CSV), over at least 1,000 generated
 * ADMINISTRATIVE_PENALTY records of both templates. The expected record is the original reduced by hand to the
 * template: recordId = CF- + SHA-256(文号|代码)[:16], submittedAt = decidedOn 00:00+08:00, money with 2 decimals,
 * subject.divisionCode = USCC characters 3–8 (organisations) or none (officials), fields without a column removed.
 */
@ExtendWith(InstancioExtension.class)
class PenaltyTemplatePropertiesTest {

  /** 4 files, each of the penalty records among 3,000 generated from an Instancio-supplied seed. */
  @ParameterizedTest
  @InstancioSource(samples = 4)
  @Seed(0xC5F0_0003L)
  void templateRoundTrip(long seed) throws Exception {
    List<Record> legal = new ArrayList<>();
    List<Record> natural = new ArrayList<>();
    for (Record r : TableRoundTripPropertiesTest.records(3_000, seed)) {
      if (r.category() == Category.ADMINISTRATIVE_PENALTY) {
        (r.subject().kind() == SubjectKind.PUBLIC_OFFICIAL ? natural : legal).add(r);
      }
    }
    // 4 files × at least 250 = at least 1,000 penalty records in all
    assertThat(legal.size() + natural.size()).isGreaterThanOrEqualTo(250);
    assertThat(natural).isNotEmpty();
    check(legal, TableTemplate.PENALTY_LEGAL_PERSON);
    check(natural, TableTemplate.PENALTY_NATURAL_PERSON);
  }

  private static void check(List<Record> records, TableTemplate template) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TableWriter w = TableWriter.csv(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), template)) {
      records.forEach(w::write);
    }
    List<ReadResult> back = Tables.read(bytes.toByteArray(), RecordFormat.AUTO, StandardCharsets.UTF_8);
    assertThat(back).hasSize(records.size());
    for (int i = 0; i < records.size(); i++) {
      ReadResult r = back.get(i);
      assertThat(r.problems()).as("%s", r.problems())
          .noneMatch(p -> p.severity().name().equals("ERROR") || p.code().name().equals("DISCLOSURE_END_MISMATCH"));
      assertThat(CanonicalJson.toTree(r.record().orElseThrow())).isEqualTo(expected(records.get(i)));
    }
  }

  private static JsonNode expected(Record r) throws Exception {
    ObjectNode e = (ObjectNode) CanonicalJson.toTree(r);
    ObjectNode subject = (ObjectNode) e.get("subject");
    ObjectNode decision = (ObjectNode) e.get("decision");
    boolean official = r.subject().kind() == SubjectKind.PUBLIC_OFFICIAL;
    String code = official ? subject.get("idNumber").asText() : subject.get("uscc").asText();
    byte[] h = MessageDigest.getInstance("SHA-256")
        .digest((decision.get("documentNumber").asText() + "|" + code).getBytes(StandardCharsets.UTF_8));
    e.put("recordId", "CF-" + HexFormat.of().formatHex(h).substring(0, 16));
    e.remove(List.of("domain", "impact", "actEndedOn", "rectificationDueOn", "disclosureRestriction", "events"));
    subject.remove(List.of("level", "position", "civilServant", "divisionCode"));
    if (!official) {
      // canonical field order: kind, name, uscc, level, divisionCode, …, principalName
      ObjectNode s = e.putObject("subject");
      s.set("kind", subject.get("kind"));
      s.set("name", subject.get("name"));
      s.set("uscc", subject.get("uscc"));
      s.put("divisionCode", code.substring(2, 8));
      if (subject.has("principalName")) {
        s.set("principalName", subject.get("principalName"));
      }
    }
    decision.remove(List.of("effectiveOn", "simpleProcedure"));
    Set<String> types = new LinkedHashSet<>();
    decision.get("penaltyTypes").forEach(t -> types.add(t.asText()));
    ArrayNode a = decision.putArray("penaltyTypes");
    types.forEach(a::add);
    for (String money : List.of("fineAmount", "confiscatedAmount")) {
      if (decision.has(money)) {
        decision.put(money, new BigDecimal(decision.get(money).asText()).setScale(2).toPlainString());
      }
    }
    ((ObjectNode) e.get("source")).put("submittedAt", r.decision().decidedOn() + "T00:00:00+08:00");
    return e;
  }
}
