package org.chengxin.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §5 (profile documents are JSON): the loader's streaming tree reader builds exactly the tree that
 * jackson-databind's {@code ObjectMapper} (duplicate keys rejected, trailing tokens rejected, floats as
 * BigDecimal) builds — same node types, same number scales — or refuses the text where the mapper throws.
 */
class ProfileLoaderTreeTest {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  static final java.util.List<String> PROFILES = BuiltInProfiles.IDS;

  @ParameterizedTest(name = "{0}")
  @FieldSource("PROFILES")
  void everyShippedProfileReadsAsTheMapperReadsIt(String id) throws IOException {
    String text;
    try (InputStream in = BuiltInProfiles.class.getResourceAsStream("/org/chengxin/rules/profiles/" + id + ".json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertSameTree(ProfileLoader.readTree(text), MAPPER.readTree(text), "");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"a\": 0.5, \"b\": 0.50, \"c\": 1.0, \"d\": 10, \"e\": 1e2, \"f\": 1.5E-3, \"g\": -0.0, \"h\": 100.000}",
      "{\"i\": 2147483647, \"j\": 2147483648, \"k\": 9223372036854775808, \"l\": -2147483649, \"m\": 0}",
      "[true, false, null, \"\", \"\\u2028\\ud83d\\ude00\", {}, [], [[{}]]]",
      "\"just a string\"",
      "null",
      "  {\"nested\": {\"x\": [1, 2.25, {\"y\": null}]}}  ",
  })
  void valuesOfEveryKindReadAsTheMapperReadsThem(String text) throws IOException {
    assertSameTree(ProfileLoader.readTree(text), MAPPER.readTree(text), "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n"})
  void anEmptyTextIsAMissingNodeAsForTheMapper(String text) throws IOException {
    assertThat(MAPPER.readTree(text).isMissingNode()).isTrue();
    assertThat(ProfileLoader.readTree(text).isMissingNode()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"a\": 1, \"a\": 2}", "{\"a\": 1} {}", "{\"a\": 1} x", "[1, 2", "{\"a\": }", "{'a': 1}", "[NaN]", "{} 1"})
  void textTheMapperRefusesIsRefused(String text) {
    boolean mapperRefuses;
    try {
      MAPPER.readTree(text);
      mapperRefuses = false;
    } catch (IOException e) {
      mapperRefuses = true;
    }
    assertThat(mapperRefuses).as("the mapper refuses %s", text).isTrue();
    assertThat(ProfileLoader.readTree(text)).isNull();
  }

  /** The shipped profiles are plain JSON: read without starting Jackson's parser, into the mapper's tree. */
  @ParameterizedTest(name = "{0}")
  @FieldSource("PROFILES")
  void everyShippedProfileIsReadAsPlainJson(String id) throws IOException {
    String text;
    try (InputStream in = BuiltInProfiles.class.getResourceAsStream("/org/chengxin/rules/profiles/" + id + ".json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonNode plain = PlainJson.read(text, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance);
    assertThat(plain).as("read as plain JSON").isNotNull();
    assertSameTree(plain, MAPPER.readTree(text), "");
  }

  /**
   * Plain JSON answers the mapper's tree or {@code null} (then Jackson decides), never another tree, and never a
   * tree for a text the mapper refuses; the loader's reader answers as the mapper either way.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "\"\\u00e9\\uD83D\\uDE00\\/\\b\\f\\n\\r\\t\\\"\\\\\"", "\"\\u00E9\\ud800\"", "\"\\x\"",
      "\"\\u12G4\"", "\"\\u12\"", "\"a\u0001b\"", "\"a\u007fb\u2028\"", "\"unterminated", "[1,]", "{\"a\":1,}", "[01]",
      "[-]", "[-01]", "[1.]", "[.5]", "[1e5]", "[1E+5]", "[1.5e-3]", "[truex]", "[tru]", "[nul]", "[false ]",
      "{\"a\" 1}", "{\"a\":}", "{a:1}", "[\"a\" \"b\"]", "-0", "-0.0", "0.000", "-12.340", "123456789012345678",
      "1234567890123456789", "-123456789012345678", "12345678901234567.8", "1234567890123456789.5", "2147483648",
      "-2147483648", "-2147483649", "[1/]", "[1]x", "{\"a\":null,\"a\":1}", "{\"a\":{},\"b\":{\"a\":[]}}",
      "\t\r\n [ 1 , { } ] \n", "[1,\n2]", "{\"\":\"\"}", "{\"a\\u0000\":1}", "[\"\\/\"]", "\u00a0[1]", "[1]\u00a0",
  })
  void plainJsonIsTheMappersTreeOrUnsure(String text) throws IOException {
    JsonNode plain = PlainJson.read(text, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance);
    JsonNode mapped;
    try {
      mapped = MAPPER.readTree(text);
    } catch (IOException e) {
      assertThat(plain).as("the mapper refuses %s", text).isNull();
      assertThat(ProfileLoader.readTree(text)).isNull();
      return;
    }
    if (plain != null) {
      assertSameTree(plain, mapped, text);
    }
    assertSameTree(ProfileLoader.readTree(text), mapped, text);
  }

  @Test
  void deepNestingIsLeftToJackson() throws IOException {
    String deep = "[".repeat(300) + "]".repeat(300);
    assertThat(PlainJson.read(deep, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance)).isNull();
    assertSameTree(ProfileLoader.readTree(deep), MAPPER.readTree(deep), "deep");
    String fine = "[".repeat(150) + "]".repeat(150);
    assertSameTree(PlainJson.read(fine, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance),
        MAPPER.readTree(fine), "150 deep");
  }

  /** Seed 20261123: random nested documents of every value kind read the same both ways. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20261123L, 7L, 42L})
  void randomDocumentsReadAsTheMapperReadsThem(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      randomValue(random, text, 0);
      String json = text.toString();
      assertSameTree(ProfileLoader.readTree(json), MAPPER.readTree(json), json);
    }
  }

  private static void randomValue(SplittableRandom random, StringBuilder out, int depth) {
    int kind = random.nextInt(depth > 3 ? 5 : 7);
    switch (kind) {
      case 0 -> out.append(random.nextInt(-5, 5) + "." + "0".repeat(random.nextInt(3)) + random.nextInt(100));
      case 1 -> out.append(random.nextLong());
      case 2 -> out.append('"').append(Integer.toHexString(random.nextInt())).append('"');
      case 3 -> out.append(random.nextBoolean());
      case 4 -> out.append(random.nextBoolean() ? "null" : random.nextInt(1, 9) + "0.00e" + random.nextInt(-3, 3));
      case 5 -> {
        out.append('[');
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          out.append(i == 0 ? "" : ", ");
          randomValue(random, out, depth + 1);
        }
        out.append(']');
      }
      default -> {
        out.append('{');
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          out.append(i == 0 ? "" : ", ").append("\"k").append(i).append("\": ");
          randomValue(random, out, depth + 1);
        }
        out.append('}');
      }
    }
  }

  /** Same node classes, same keys in the same order, same values (BigDecimal scale included). */
  private static void assertSameTree(JsonNode actual, JsonNode expected, String what) {
    assertThat(actual).as(what).isNotNull();
    assertThat(actual.getClass()).as(what).isEqualTo(expected.getClass());
    if (expected.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> a = actual.fields();
      Iterator<Map.Entry<String, JsonNode>> e = expected.fields();
      while (e.hasNext()) {
        assertThat(a.hasNext()).as(what).isTrue();
        Map.Entry<String, JsonNode> ae = a.next();
        Map.Entry<String, JsonNode> ee = e.next();
        assertThat(ae.getKey()).as(what).isEqualTo(ee.getKey());
        assertSameTree(ae.getValue(), ee.getValue(), what + "." + ee.getKey());
      }
      assertThat(a.hasNext()).as(what).isFalse();
    } else if (expected.isArray()) {
      assertThat(actual.size()).as(what).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSameTree(actual.get(i), expected.get(i), what + "[" + i + "]");
      }
    } else if (expected.isBigDecimal()) {
      assertThat(actual.decimalValue().toString()).as(what).isEqualTo(expected.decimalValue().toString());
    } else {
      assertThat(actual).as(what).isEqualTo(expected);
      assertThat(actual.toString()).as(what).isEqualTo(expected.toString());
    }
  }
}
