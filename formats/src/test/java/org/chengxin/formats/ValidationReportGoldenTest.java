package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.chengxin.core.Language;
import org.chengxin.formats.internal.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden validation reports (SPEC §8): {@code golden/<case>.input.(ndjson|json)} against
 * {@code golden/<case>.expected.json}. A case whose name ends in {@code _zh} has Chinese messages. Regenerate
 * with {@code -Drecreate=true} (and review every changed file by hand).
 */
class ValidationReportGoldenTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"clean", "mixed", "small_zh", "array"})
  void matchesTheGoldenReport(String name) throws IOException {
    String input = Stream.of(".input.ndjson", ".input.json").map(s -> name + s)
        .filter(s -> getClass().getResource("/golden/" + s) != null).findFirst().orElseThrow();
    Language language = name.endsWith("_zh") ? Language.ZH : Language.EN;
    ValidationReport report;
    try (InputStream in = getClass().getResourceAsStream("/golden/" + input)) {
      report = Validation.validate(in, RecordFormat.forFileName(input), language);
    }
    String actual = report.toPrettyJson() + "\n";
    if (Boolean.getBoolean("recreate")) {
      Path dir = Path.of(System.getProperty("chengxin.project.dir", ".."), "formats/src/test/resources/golden");
      Files.writeString(dir.resolve(name + ".expected.json"), actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = getClass().getResourceAsStream("/golden/" + name + ".expected.json")) {
      assertThat(in).as("golden file for " + name + " (run with -Drecreate=true)").isNotNull();
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(Json.MAPPER.readTree(actual)).isEqualTo(Json.MAPPER.readTree(expected));
    }
  }
}
