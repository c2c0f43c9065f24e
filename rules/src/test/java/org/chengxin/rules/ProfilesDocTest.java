package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.chengxin.core.Category;
import org.chengxin.core.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example of {@code docs/profiles.md} is a valid profile (schema and loader). */
class ProfilesDocTest {

  static String example() throws IOException {
    Path doc = Path.of(System.getProperty("chengxin.project.dir", ".."), "docs", "profiles.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int marker = text.indexOf("<!-- example: complete -->");
    assertThat(marker).isPositive();
    int start = text.indexOf("```json\n", marker) + "```json\n".length();
    return text.substring(start, text.indexOf("```", start));
  }

  @Test
  void theCompleteExampleLoadsOnItsOwn(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("example-city-2025.json");
    Files.writeString(file, example(), StandardCharsets.UTF_8);
    ProfileRegistry registry = ProfileRegistry.of(List.of(file.toUri().toURL()));
    Profile example = registry.get("example-city-2025");
    assertThat(example.version()).isEqualTo("2");
    assertThat(example.categories().keySet())
        .containsExactly(Category.ADMINISTRATIVE_PENALTY, Category.PAYMENT_ARREARS);
    CategoryRules penalty = example.category(Category.ADMINISTRATIVE_PENALTY).orElseThrow();
    // decided 2026-04-01: the second era; MINOR not disclosed, 0D–3M
    assertThat(penalty.eraFor(LocalDate.of(2026, 4, 1)).tiers().get(Tier.MINOR))
        .isEqualTo(TierPeriod.of(false, Period.ZERO, Period.ofMonths(3)));
    assertThat(example.reporting().orElseThrow().dueDayOfFollowingMonth().value()).isEqualTo(15);
    assertThat(example.measures()).extracting(MeasureRule::id)
        .containsExactly("ex-rectification", "ex-serious-new-project-ban", "ex-party-readmission-ban");
    assertThat(registry.jurisdictionUnits().unit("EXAMPLE_CITY")).isPresent();
  }

  @Test
  void theCompleteExampleMatchesTheSchema() throws IOException {
    Path schemaFile = Path.of(System.getProperty("chengxin.project.dir", ".."), "docs", "profile.schema.json");
    ObjectMapper mapper = new ObjectMapper();
    var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(mapper.readTree(schemaFile.toFile()));
    assertThat(schema.validate(mapper.readTree(example()))).isEmpty();
  }
}
