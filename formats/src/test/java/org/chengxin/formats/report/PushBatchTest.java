package org.chengxin.formats.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.chengxin.core.Language;
import org.chengxin.formats.RecordReader;
import org.chengxin.rules.Basis;
import org.chengxin.rules.Param;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendars;
import org.junit.jupiter.api.Test;

/** SPEC §6 push batch: selection of records and withdrawals in (since, asOf], sha256 over JCS, verification. */
class PushBatchTest {

  static final ProfileRegistry PROFILES = ProfileRegistry.load();
  static final Profile HAINAN = PROFILES.get("hainan-2017");
  /** No shipped profile hides records under objection (R-DISC-5), so the test makes one. */
  static final Profile HIDING = Profile.builder().from(HAINAN)
      .hideDuringObjection(Param.of(true, Basis.of("test: hide during objection", false))).build();

  static List<Rec> input() {
    return List.of(
        // decided in the window, published → records
        Rec.org("B1", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-04-10").published("2024-04-12"),
        // visible on both days, nothing in the window → not selected
        Rec.org("B2", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-01-08").published("2024-01-12"),
        // an objection filed in the window: still visible (hainan-2017 does not hide) → records, underObjection
        Rec.org("B3", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-01-08").published("2024-01-12")
            .event("OBJECTION_FILED", "2024-05-06"),
        // published in the window → records
        Rec.org("B4", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-03-01").published("2024-04-02"),
        // 2023 era GENERAL max 1Y: lastDay 2024-05-15 → EXPIRED from 2024-05-16 → withdrawal
        Rec.org("B5", "ADMINISTRATIVE_PENALTY", "GENERAL", "2023-05-15").published("2023-05-16"),
        // repair approved 2024-04-15 → REPAIRED → withdrawal
        Rec.org("B6", "ADMINISTRATIVE_PENALTY", "GENERAL", "2023-06-01").published("2023-06-05")
            .event("REPAIR_APPLIED", "2024-04-01").event("REPAIR_DECIDED", "2024-04-15", "approved", "true"),
        // revoked 2024-05-20 (Mon), visible the day before → withdrawBy = 05-20 + 3 days = 05-23 (Thu, working)
        Rec.org("B7", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-01-08").published("2024-01-12")
            .event("DECISION_REVOKED", "2024-05-20", "reason", "复议撤销"),
        // decided in the window; its objection of 07-05 is after asOf and is removed from the item (R-ASOF)
        Rec.org("B8", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-04-10").published("2024-04-12")
            .event("OBJECTION_FILED", "2024-07-05"),
        // published only after asOf → not visible → not selected
        Rec.org("B9", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-06-20").published("2024-07-02"),
        // decided after asOf → not visible, not a problem
        Rec.org("B10", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-07-15").published("2024-07-16"),
        // restricted → never visible
        Rec.org("B11", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-04-10").published("2024-04-12")
            .restricted("STATE_SECRET"),
        // 2019 era GENERAL: expired long before since → not selected
        Rec.org("B13", "ADMINISTRATIVE_PENALTY", "GENERAL", "2022-01-10").published("2022-01-12"));
  }

  static BatchRequest request(Profile profile) {
    return BatchRequest.builder().from("460000").to("CN").profile(profile).since(LocalDate.of(2024, 3, 31))
        .asOf(LocalDate.of(2024, 6, 30)).createdAt(OffsetDateTime.parse("2024-07-01T09:00:00+08:00")).build();
  }

  static PushBatch.Result create(Profile profile, List<Rec> records) {
    try (RecordReader in = Rec.reader(records)) {
      return PushBatch.create(in, request(profile), WorkingDayCalendars.national(), Language.EN, n -> { });
    }
  }

  static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.get("recordId").textValue()));
    return ids;
  }

  @Test
  void selectsRecordsAndWithdrawalsOfTheWindow() {
    PushBatch.Result result = create(HAINAN, input());
    ObjectNode b = result.batch();
    assertThat(ids(b.get("records"))).containsExactly("B1", "B3", "B4", "B8");
    assertThat(b.get("withdrawals").toString()).isEqualTo("["
        + "{\"recordId\":\"B5\",\"reason\":\"EXPIRED\",\"effectiveOn\":\"2024-05-16\",\"withdrawBy\":null},"
        + "{\"recordId\":\"B6\",\"reason\":\"REPAIRED\",\"effectiveOn\":\"2024-04-15\",\"withdrawBy\":null},"
        + "{\"recordId\":\"B7\",\"reason\":\"REVOKED\",\"effectiveOn\":\"2024-05-20\",\"withdrawBy\":\"2024-05-23\"}]");
    assertThat(b.get("counts").toString()).isEqualTo("{\"records\":4,\"withdrawals\":3}");
    assertThat(b.get("batchId").textValue()).isEqualTo("460000-CN-2024-06-30");
    assertThat(b.get("createdAt").textValue()).isEqualTo("2024-07-01T09:00:00+08:00");
    assertThat(b.get("profile").toString()).isEqualTo("{\"id\":\"hainan-2017\",\"version\":\"1\"}");
    List<String> fields = new ArrayList<>();
    b.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("format", "batchId", "from", "to", "createdAt", "profile", "since", "asOf",
        "counts", "records", "withdrawals", "sha256");
    // B8 as known on asOf: the 07-05 objection removed
    assertThat(b.get("records").get(3).has("events")).isFalse();
    assertThat(b.get("records").get(1).get("events")).hasSize(1);
    InputSummary s = result.summary();
    assertThat(List.of(s.recordsRead(), s.recordsUsed(), s.recordsNotSelected(), s.recordsInvalid(),
        s.recordsRefused())).containsExactly(12L, 7L, 5L, 0L, 0L);
  }

  @Test
  void anObjectionHidesUnderAHidingProfile() {
    PushBatch.Result result = create(HIDING, input());
    // B3's objection of 05-06 hides it (R-DISC-5): a withdrawal from the day it was filed
    assertThat(ids(result.batch().get("records"))).containsExactly("B1", "B4", "B8");
    assertThat(result.batch().get("withdrawals").get(0).toString()).isEqualTo(
        "{\"recordId\":\"B3\",\"reason\":\"OBJECTION_HIDDEN\",\"effectiveOn\":\"2024-05-06\",\"withdrawBy\":null}");
  }

  @Test
  void retentionRunningOutWhileActiveIsPurgeDue() {
    // shenfu-2022 counts retention from actEndedOn (R-RET, seed:shenfu-2022:10): act ended 2018-01-01 →
    // retention lastDay 2023-01-01; the 2019-era SERIOUS record decided 2022-06-01 is active until 2025-06-01,
    // visible on since 2022-12-31 and purge-due on asOf 2023-03-31 → PURGE_DUE from 2023-01-02.
    Rec r = Rec.org("S1", "ADMINISTRATIVE_PENALTY", "SERIOUS", "2022-06-01").published("2022-06-05");
    r.node.put("actEndedOn", "2018-01-01");
    BatchRequest request = BatchRequest.builder().from("SHENFU").to("210000").profile(PROFILES.get("shenfu-2022"))
        .since(LocalDate.of(2022, 12, 31)).asOf(LocalDate.of(2023, 3, 31))
        .createdAt(OffsetDateTime.parse("2023-04-01T00:00:00Z")).build();
    try (RecordReader in = Rec.reader(List.of(r))) {
      PushBatch.Result result = PushBatch.create(in, request, WorkingDayCalendars.national(), Language.EN, n -> { });
      assertThat(result.batch().get("withdrawals").toString()).isEqualTo(
          "[{\"recordId\":\"S1\",\"reason\":\"PURGE_DUE\",\"effectiveOn\":\"2023-01-02\",\"withdrawBy\":null}]");
    }
  }

  @Test
  void invalidRecordsAreCountedNotDropped() {
    String ndjson = Rec.ndjson(input()) + "{not json\n"
        + Rec.org("B14", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-04-10").published("2024-04-01") + "\n";
    try (RecordReader in = Rec.reader(ndjson)) {
      PushBatch.Result r = PushBatch.create(in, request(HAINAN), WorkingDayCalendars.national(), Language.EN,
          n -> { });
      // 12 + a syntax error + a DATE_ORDER (published before decided) = 14 read, 2 invalid
      assertThat(r.summary().recordsRead()).isEqualTo(14);
      assertThat(r.summary().recordsInvalid()).isEqualTo(2);
      assertThat(r.summary().hasErrors()).isTrue();
      assertThat(r.batch().get("counts").get("records").intValue()).isEqualTo(4);
    }
  }

  @Test
  void inputOrderDoesNotChangeTheBatch() {
    List<Rec> reversed = new ArrayList<>(input());
    java.util.Collections.reverse(reversed);
    assertThat(create(HAINAN, reversed).batch()).isEqualTo(create(HAINAN, input()).batch());
  }

  static String text(PushBatch.Result r) {
    StringWriter w = new StringWriter();
    r.writeTo(w);
    return w.toString();
  }

  static BatchVerifier.Verification verify(String text) {
    return BatchVerifier.verify(new ByteArrayInputStream(text.getBytes(UTF_8)));
  }

  @Test
  void anIntactBatchVerifies() {
    String text = text(create(HAINAN, input()));
    BatchVerifier.Verification v = verify(text);
    assertThat(v.intact()).isTrue();
    assertThat(v.computedSha256()).isEqualTo(v.declaredSha256()).matches("[0-9a-f]{64}");
    // the record-by-record hash equals the hash of the whole {"records","withdrawals"} object
    ObjectNode batch = create(HAINAN, input()).batch();
    ObjectNode content = Rec.JSON.createObjectNode();
    content.set("withdrawals", batch.get("withdrawals"));
    content.set("records", batch.get("records"));
    assertThat(Jcs.sha256Hex(content)).isEqualTo(v.declaredSha256());
  }

  @Test
  void reIndentingAndReorderingKeysKeepsItIntact() throws Exception {
    JsonNode tree = Rec.JSON.readTree(text(create(HAINAN, input())));
    String reordered = Rec.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(reverseKeys(tree));
    assertThat(reordered).isNotEqualTo(text(create(HAINAN, input())));
    assertThat(verify(reordered).intact()).isTrue();
    assertThat(verify(tree.toString()).intact()).isTrue(); // compact
  }

  private static JsonNode reverseKeys(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      ObjectNode out = Rec.JSON.createObjectNode();
      for (int i = names.size() - 1; i >= 0; i--) {
        out.set(names.get(i), reverseKeys(node.get(names.get(i))));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = Rec.JSON.createArrayNode();
      node.forEach(n -> out.add(reverseKeys(n)));
      return out;
    }
    return node;
  }

  @Test
  void changingOneCharacterOfContentFails() {
    String text = text(create(HAINAN, input()));
    for (String[] change : new String[][] {
        {"处理内容B1", "处理内容B2"}, // a record's content
        {"\"2024-05-23\"", "\"2024-05-24\""}, // a withdrawBy
        {"\"REPAIRED\"", "\"REPAIRES\""}}) { // a reason
      assertThat(text).contains(change[0]);
      BatchVerifier.Verification v = verify(text.replace(change[0], change[1]));
      assertThat(v.intact()).as(change[1]).isFalse();
      assertThat(v.findings()).singleElement().satisfies(f -> assertThat(f.en()).contains("altered"));
    }
  }

  @Test
  void keysInAnyOrderAtTheTopLevel() throws Exception {
    // withdrawals before records, format last: still intact (the hash is over sorted keys)
    ObjectNode batch = create(HAINAN, input()).batch();
    ObjectNode shuffled = Rec.JSON.createObjectNode();
    shuffled.set("sha256", batch.get("sha256"));
    shuffled.set("withdrawals", batch.get("withdrawals"));
    batch.fieldNames().forEachRemaining(f -> shuffled.set(f, batch.get(f)));
    shuffled.remove("format");
    shuffled.put("format", "chengxin.batch/1");
    assertThat(verify(shuffled.toString()).intact()).isTrue();
    assertThat(BatchVerifier.verify(shuffled).intact()).isTrue();
  }

  @Test
  void countsBatchIdAndShaAreChecked() {
    String text = text(create(HAINAN, input()));
    assertThat(verify(text.replace("\"withdrawals\" : 3", "\"withdrawals\" : 2")).findings())
        .singleElement().satisfies(f -> assertThat(f.en()).contains("counts.withdrawals"));
    assertThat(verify(text.replace("\"batchId\" : \"460000-CN", "\"batchId\" : \"460000-XX")).findings())
        .singleElement().satisfies(f -> assertThat(f.en()).contains("batchId"));
    assertThat(verify(text.replaceFirst("\"sha256\" : \"[0-9a-f]", "\"sha256\" : \"g")).intact()).isFalse();
  }

  @Test
  void unreadableOrForeignDocumentsAreFormatErrors() {
    assertThatThrownBy(() -> verify("{\"format\":")).isInstanceOf(BatchFormatException.class);
    assertThatThrownBy(() -> verify("[]")).isInstanceOf(BatchFormatException.class);
    assertThatThrownBy(() -> verify("{\"format\":\"other\"}")).isInstanceOf(BatchFormatException.class);
    assertThatThrownBy(() -> verify("{\"format\":\"chengxin.batch/1\",\"format\":\"x\"}"))
        .isInstanceOf(BatchFormatException.class);
    assertThatThrownBy(() -> verify("{\"format\":\"chengxin.batch/1\",\"records\":[],\"records\":[]}"))
        .isInstanceOf(BatchFormatException.class);
    assertThatThrownBy(() -> verify("{\"format\":\"chengxin.batch/1\",\"records\":[{\"a\":1,\"a\":2}]}"))
        .isInstanceOf(BatchFormatException.class);
    assertThatThrownBy(() -> verify("")).isInstanceOf(BatchFormatException.class);
  }

  @Test
  void requestIsChecked() {
    assertThatThrownBy(() -> BatchRequest.builder().from("460000").to("CN").profile(HAINAN)
        .since(LocalDate.of(2024, 7, 1)).asOf(LocalDate.of(2024, 6, 30))
        .createdAt(OffsetDateTime.parse("2024-07-01T09:00:00Z")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-07-01");
    assertThatThrownBy(() -> BatchRequest.builder().from("46").to("CN").profile(HAINAN)
        .since(LocalDate.of(2024, 3, 1)).asOf(LocalDate.of(2024, 6, 30))
        .createdAt(OffsetDateTime.parse("2024-07-01T09:00:00Z")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'46'");
  }

  @Test
  void emptyWindowGivesAnEmptyBatch() {
    Iterator<org.chengxin.formats.ReadResult> none = List.<org.chengxin.formats.ReadResult>of().iterator();
    PushBatch.Result r = PushBatch.create(none, request(HAINAN), WorkingDayCalendars.national(), Language.ZH,
        n -> { });
    // SHA-256 of {"records":[],"withdrawals":[]}
    assertThat(r.batch().get("sha256").textValue()).isEqualTo(Jcs.sha256Hex("{\"records\":[],\"withdrawals\":[]}"));
    assertThat(r.summary().recordsRead()).isZero();
  }
}
