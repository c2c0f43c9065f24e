package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.chengxin.core.Problem;
import org.chengxin.core.Record;
import org.chengxin.core.Severity;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The validator never throws, however garbled the tree (random mutations of valid records: deletions, type
 * swaps, renames, huge numbers, nulls, nesting), and whatever it accepts binds and round-trips. Instancio (fixed
 * {@link Seed}) supplies one {@code long} per case, which seeds the tree's generator.
 */
@ExtendWith(InstancioExtension.class)
class RecordValidatorPropertiesTest {

  /** Garbled trees checked, one per Instancio case (each from its own seed). */
  private static final int GARBLED = 3_000;
  private static final RecordValidator VALIDATOR = RecordValidator.standard();
  private static final AtomicInteger GARBLED_SEEN = new AtomicInteger();
  private static final AtomicInteger ACCEPTED = new AtomicInteger();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Garbled trees from valid records; shared with the schema test. */
  static List<JsonNode> garbage(long seed, int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    ValidRecords gen = new ValidRecords(seed);
    List<JsonNode> trees = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      JsonNode tree = CanonicalJson.toTree(gen.next("G-" + i));
      int mutations = 1 + rnd.nextInt(4);
      for (int m = 0; m < mutations; m++) {
        tree = mutate(tree, rnd);
      }
      trees.add(tree);
    }
    return trees;
  }

  @ParameterizedTest
  @InstancioSource(samples = GARBLED)
  @Seed(0x6A7BA6EL)
  void neverThrowsOnGarbledTrees(long seed) {
    JsonNode tree = garbage(seed, 1).get(0);
    GARBLED_SEEN.incrementAndGet();
    List<Problem> problems = VALIDATOR.validate(tree);
    assertThat(problems).as(tree.toString()).allSatisfy(p -> {
      assertThat(p.path()).matches("(/[^/]*)*");
      assertThat(tree.isObject() || p.path().isEmpty()).isTrue();
    });
    if (problems.stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
      ACCEPTED.incrementAndGet();
      Record r = CanonicalJson.fromTree(tree);
      assertThat(CanonicalJson.read(CanonicalJson.write(r))).isEqualTo(r);
    }
  }

  /** Some mutations keep records valid (e.g. dropping an optional field); most do not. */
  @AfterAll
  static void someButNotAllGarbledTreesAreAccepted() {
    if (GARBLED_SEEN.get() == GARBLED) {
      assertThat(ACCEPTED.get()).isBetween(1, GARBLED - 1);
    }
  }

  @ParameterizedTest
  @InstancioSource(samples = 2_000)
  @Seed(0x6A7BA6FL)
  void neverThrowsOnArbitraryTrees(long seed) {
    JsonNode tree = randomNode(new SplittableRandom(seed), 0);
    assertThat(VALIDATOR.validate(tree)).as(tree.toString()).isNotEmpty();
  }

  static JsonNode mutate(JsonNode root, SplittableRandom rnd) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    if (containers.isEmpty() || rnd.nextInt(40) == 0) {
      return randomNode(rnd, 0);
    }
    JsonNode target = containers.get(rnd.nextInt(containers.size()));
    if (target instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) target;
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      String name = names.isEmpty() ? "x" : names.get(rnd.nextInt(names.size()));
      switch (rnd.nextInt(5)) {
        case 0:
          o.remove(name);
          break;
        case 1:
          o.set(name, randomNode(rnd, 2));
          break;
        case 2:
          JsonNode v = o.remove(name);
          o.set(name.toUpperCase(java.util.Locale.ROOT) + (rnd.nextBoolean() ? "" : "_"), v);
          break;
        case 3:
          o.set(name, swapType(o.get(name), rnd));
          break;
        default:
          o.set(rnd.nextBoolean() ? "extra" : "", randomNode(rnd, 2));
          break;
      }
    } else {
      ArrayNode a = (ArrayNode) target;
      if (a.isEmpty() || rnd.nextBoolean()) {
        a.add(randomNode(rnd, 2));
      } else {
        int i = rnd.nextInt(a.size());
        if (rnd.nextBoolean()) {
          a.remove(i);
        } else {
          a.set(i, swapType(a.get(i), rnd));
        }
      }
    }
    return root;
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n != null && n.isContainerNode()) {
      out.add(n);
      for (JsonNode child : n) {
        collect(child, out);
      }
    }
  }

  private static JsonNode swapType(JsonNode v, SplittableRandom rnd) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (v.isTextual()) {
      String s = v.textValue();
      switch (rnd.nextInt(6)) {
        case 0:
          return NODES.numberNode(s.length());
        case 1:
          return NODES.textNode(s.toLowerCase(java.util.Locale.ROOT));
        case 2:
          return NODES.textNode(s.isEmpty() ? "" : s.substring(1));
        case 3:
          return NODES.textNode(s + s);
        case 4:
          return NODES.arrayNode().add(s);
        default:
          return NODES.textNode("");
      }
    }
    return v.isNumber() ? NODES.textNode(v.asText()) : randomNode(rnd, 1);
  }

  static JsonNode randomNode(SplittableRandom rnd, int depth) {
    switch (rnd.nextInt(depth > 3 ? 9 : 11)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.booleanNode(rnd.nextBoolean());
      case 2:
        return NODES.numberNode(rnd.nextInt());
      case 3:
        return NODES.numberNode(new BigInteger("9".repeat(1 + rnd.nextInt(60))));
      case 4:
        return NODES.numberNode(new BigDecimal("1e" + rnd.nextInt(400)));
      case 5:
        return NODES.numberNode(rnd.nextDouble() * 100);
      case 6:
        return NODES.textNode(pickText(rnd));
      case 7:
        return NODES.textNode("");
      case 8:
        return NODES.numberNode(12.0);
      case 9: {
        ArrayNode a = NODES.arrayNode();
        int n = rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
          a.add(randomNode(rnd, depth + 1));
        }
        return a;
      }
      default: {
        ObjectNode o = NODES.objectNode();
        int n = rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
          o.set(pickText(rnd), randomNode(rnd, depth + 1));
        }
        return o;
      }
    }
  }

  private static String pickText(SplittableRandom rnd) {
    String[] texts = {"type", "on", "recordId", "kind", "PUBLIC_OFFICIAL", "2024-02-30", "2024-03-01",
        "1000.00", "-1", "11230500001755309F", "11010519491231002X", "a/b~c", "OBJECTION_RESOLVED", "😀",
        "999999", "CN", "GOVERNMENT", "PARTY_PROBATION", "2024-03-08T09:30:00+18:30"};
    return texts[rnd.nextInt(texts.length)];
  }
}
