package org.chengxin.formats.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.chengxin.core.Language;
import org.chengxin.core.Record;
import org.chengxin.formats.CanonicalJson;
import org.chengxin.formats.RecordReader;
import org.chengxin.formats.ValidRecords;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendars;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * SPEC §6 push batch over 3,000 generated records (seed 77): the batch verifies; shuffling every object's keys
 * and re-indenting keeps it intact (10 random shuffles); changing one character of any one string value in
 * records or withdrawals (200 random changes) is always detected. Instancio (fixed {@link Seed}) supplies the
 * {@code long} that seeds each shuffle and each change.
 */
@ExtendWith(InstancioExtension.class)
class PushBatchPropertiesTest {

  static final long SEED = 77;

  /** The batch under test, created once from the 3,000 generated records. */
  private static ObjectNode batch;

  @BeforeAll
  static void createTheBatchWhichVerifies() {
    ValidRecords gen = new ValidRecords(SEED);
    StringBuilder ndjson = new StringBuilder();
    for (Record r : gen.records(3000)) {
      ndjson.append(CanonicalJson.write(r)).append('\n');
    }
    BatchRequest request = BatchRequest.builder().from("350000").to("CN")
        .profile(ProfileRegistry.load().get("fujian-2017")).since(LocalDate.of(2023, 6, 30))
        .asOf(LocalDate.of(2024, 6, 30)).createdAt(OffsetDateTime.parse("2024-07-01T00:00:00Z")).build();
    PushBatch.Result result;
    try (RecordReader in = Rec.reader(ndjson.toString())) {
      result = PushBatch.create(in, request, WorkingDayCalendars.national(), Language.EN, n -> { });
    }
    batch = result.batch();
    assertThat(batch.get("records").size()).as("not vacuous").isGreaterThan(20);
    assertThat(batch.get("withdrawals").size()).as("not vacuous").isGreaterThan(5);
    StringWriter written = new StringWriter();
    result.writeTo(written);
    assertThat(verify(written.toString()).intact()).isTrue();
  }

  @ParameterizedTest
  @InstancioSource(samples = 10)
  @Seed(77L)
  void reformattingKeepsTheHash(long seed) throws Exception {
    SplittableRandom rnd = new SplittableRandom(seed);
    assertThat(verify(Rec.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(shuffle(batch, rnd))).intact())
        .isTrue();
  }

  @ParameterizedTest
  @InstancioSource(samples = 200)
  @Seed(78L)
  void everyContentChangeBreaksTheHash(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    ObjectNode copy = batch.deepCopy();
    List<ObjectNode> copyHolders = new ArrayList<>();
    List<String> copyFields = new ArrayList<>();
    collectStrings(copy.get("records"), copyHolders, copyFields);
    collectStrings(copy.get("withdrawals"), copyHolders, copyFields);
    int k = rnd.nextInt(copyHolders.size());
    String value = copyHolders.get(k).get(copyFields.get(k)).textValue();
    Assumptions.assumeFalse(value.isEmpty(), "an empty string has no character to change");
    int at = rnd.nextInt(value.length());
    char changed = (char) (value.charAt(at) == 'A' ? 'B' : 'A');
    copyHolders.get(k).set(copyFields.get(k),
        TextNode.valueOf(value.substring(0, at) + changed + value.substring(at + 1)));
    assertThat(verify(copy.toString()).intact()).as("changed %s of %s", copyFields.get(k), value).isFalse();
  }

  static BatchVerifier.Verification verify(String text) {
    return BatchVerifier.verify(new ByteArrayInputStream(text.getBytes(UTF_8)));
  }

  /** Every object's keys in a random order, recursively. */
  static JsonNode shuffle(JsonNode node, SplittableRandom rnd) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.shuffle(names, new java.util.Random(rnd.nextLong()));
      ObjectNode out = Rec.JSON.createObjectNode();
      names.forEach(n -> out.set(n, shuffle(node.get(n), rnd)));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = Rec.JSON.createArrayNode();
      node.forEach(n -> out.add(shuffle(n, rnd)));
      return out;
    }
    return node;
  }

  /** Every (object, field) holding a string, depth first. */
  static void collectStrings(JsonNode node, List<ObjectNode> holders, List<String> fields) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(f -> {
        JsonNode v = node.get(f);
        if (v.isTextual()) {
          holders.add((ObjectNode) node);
          fields.add(f);
        } else {
          collectStrings(v, holders, fields);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectStrings(n, holders, fields));
    }
  }
}
