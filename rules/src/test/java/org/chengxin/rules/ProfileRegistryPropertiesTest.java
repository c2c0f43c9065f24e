package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Inheritance (SPEC §5) over generated child profiles of {@code cn-national}: a child that overrides random
 * parameters, removes and re-cites random rules and adds its own resolves to a profile whose diff from the parent
 * is exactly what the child changed, and which round-trips through {@link ProfileJson}. Instancio (fixed
 * {@link Seed}) supplies the 5 seeds, each of 40 children; the seed is in the test name.
 */
@ExtendWith(InstancioExtension.class)
class ProfileRegistryPropertiesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[][] PARAMETERS = {
      {"objection", "decideWithinWorkingDays", "count"},
      {"objection", "suspendMeasures", "boolean"},
      {"objection", "hideDuringObjection", "boolean"},
      {"repair", "pushWithinWorkingDays", "count"},
      {"revocation", "withdrawWithinDays", "count"},
      {"retention", "period", "period"}};
  private static final String[] CATEGORIES = {"JUDICIAL_JUDGMENT", "ADMINISTRATIVE_PENALTY",
      "DISCIPLINARY_SANCTION", "ACCOUNTABILITY", "CONTRACT_BREACH"};

  @TempDir Path dir;

  @ParameterizedTest(name = "seed {0}")
  @InstancioSource(samples = 5)
  @Seed(20240108L)
  void aGeneratedChildDiffersFromItsParentInExactlyWhatItChanges(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    URL nationalUrl = Objects.requireNonNull(ProfileRegistry.class.getResource("profiles/cn-national.json"));
    Profile national = ProfileRegistry.of(List.of(nationalUrl)).get("cn-national");
    for (int round = 0; round < 40; round++) {
      ObjectNode child = MAPPER.createObjectNode();
      child.put("id", "child-" + round);
      child.put("version", "1");
      child.putObject("name").put("zh", "子").put("en", "child");
      child.put("extends", "cn-national");
      ObjectNode jurisdiction = child.putObject("jurisdiction");
      jurisdiction.put("code", "CN");
      jurisdiction.putObject("name").put("zh", "全国").put("en", "China (national)");
      TreeSet<String> expected = new TreeSet<>();
      // the child's name differs from the parent's
      expected.add("name.zh");
      expected.add("name.en");

      for (String[] p : PARAMETERS) {
        if (random.nextInt(3) == 0) {
          ObjectNode param = child.withObjectProperty(p[0]).putObject(p[1]);
          switch (p[2]) {
            case "count": param.put("value", 10 + random.nextInt(20)); break;
            case "boolean": param.put("value", !currentBoolean(national, p[1])); break;
            default: param.put("value", "P" + (6 + random.nextInt(5)) + "Y"); break;
          }
          param.put("basis", "seed:child:" + round);
          param.put("verified", true);
          expected.add(p[0] + "." + p[1]);
        }
      }
      for (String category : CATEGORIES) {
        if (random.nextInt(4) == 0) {
          boolean repairable = national.category(org.chengxin.core.Category.valueOf(category)).orElseThrow()
              .repairable().value();
          child.withObjectProperty("categories").putObject(category).putObject("repairable")
              .put("value", !repairable).put("basis", "seed:child:c").put("verified", false);
          expected.add("categories." + category + ".repairable");
        }
      }
      List<String> ids = new ArrayList<>();
      national.measures().forEach(r -> ids.add(r.id()));
      ArrayNode removals = MAPPER.createArrayNode();
      ObjectNode rebases = MAPPER.createObjectNode();
      for (String id : ids) {
        int pick = random.nextInt(6);
        if (pick == 0) {
          removals.add(id);
          expected.add("measures[" + id + "]");
        } else if (pick == 1) {
          rebases.putObject(id).put("basis", "seed:child:r").put("verified", true);
          expected.add("measures[" + id + "]");
        }
      }
      if (!removals.isEmpty()) {
        child.set("removeMeasures", removals);
      }
      if (!rebases.isEmpty()) {
        child.set("measureBasis", rebases);
      }
      int added = random.nextInt(3);
      for (int i = 0; i < added; i++) {
        ObjectNode rule = child.withArray("measures").addObject();
        rule.put("id", "child-rule-" + i);
        rule.put("code", "STRICT_ASSESSMENT");
        rule.put("kind", "RESTRICTION");
        rule.putObject("duration").put("type", "FIXED").put("period", "P" + (1 + random.nextInt(24)) + "M");
        rule.put("basis", "seed:child:m");
        rule.put("verified", true);
        expected.add("measures[child-rule-" + i + "]");
      }

      Path file = dir.resolve("child-" + round + ".json");
      Files.writeString(file, MAPPER.writeValueAsString(child), StandardCharsets.UTF_8);
      Profile resolved = ProfileRegistry.of(List.of(nationalUrl, file.toUri().toURL())).get("child-" + round);

      ProfileDiff diff = ProfileDiff.between(national, resolved);
      assertThat(diff.differences()).extracting(ProfileDifference::path).as("round %d: %s", round, child)
          .containsExactlyElementsOf(expected);
      // a re-cited rule keeps its value; everything else the child touched changes value
      diff.differences().forEach(d -> assertThat(d.valueChanged()).as(d.path())
          .isEqualTo(!rebases.has(d.path().replaceAll("^measures\\[(.*)]$", "$1"))));
      // inherited rules keep the parent's order, the child's come after them
      List<String> order = resolved.measures().stream().map(MeasureRule::id).toList();
      List<String> kept = ids.stream().filter(id -> !removals.toString().contains("\"" + id + "\"")).toList();
      assertThat(order.subList(0, kept.size())).containsExactlyElementsOf(kept);
      assertThat(order).hasSize(kept.size() + added);

      Path written = dir.resolve("written-" + round + ".json");
      Files.writeString(written, ProfileJson.write(resolved), StandardCharsets.UTF_8);
      assertThat(ProfileRegistry.of(List.of(written.toUri().toURL())).get("child-" + round))
          .isEqualTo(Profile.builder().from(resolved).parent(java.util.Optional.empty()).build());
    }
  }

  private static boolean currentBoolean(Profile profile, String key) {
    return key.equals("suspendMeasures")
        ? profile.suspendMeasuresDuringObjection().value()
        : profile.hideDuringObjection().value();
  }
}
