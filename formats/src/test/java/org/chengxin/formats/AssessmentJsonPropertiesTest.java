package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.chengxin.core.Language;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.MeasureAssessment;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The writer over 1,000 random assessments ({@link RandomAssessments}): byte-identical output and a faithful
 * read-back. Instancio (fixed {@link Seed}) supplies one {@code long} per case, which seeds the generator.
 */
@ExtendWith(InstancioExtension.class)
class AssessmentJsonPropertiesTest {

  @ParameterizedTest
  @InstancioSource(samples = 1_000)
  @Seed(4100L)
  void byteIdenticalAndReadBack(long seed) {
    // the shared generator's hostile strings everywhere, and a plain recordId so that it reads back exactly
    Assessment a = Assessment.builder().from(new RandomAssessments(new SplittableRandom(seed)).assessment())
        .recordId("R-" + seed).build();
    String line = AssessmentJson.write(a, Language.ZH);
    String again = AssessmentJson.write(Assessment.builder().from(a).build(), Language.ZH);
    assertThat(again.getBytes(StandardCharsets.UTF_8)).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
    assertThat(line).doesNotContain("\n");
    JsonNode n = AssessmentJson.comparable(line);
    assertThat(n.get("recordId").asText()).isEqualTo(a.recordId());
    assertThat(n.get("state").asText()).isEqualTo(a.state().name());
    assertThat(n.get("era").isNull()).isEqualTo(a.era().isEmpty());
    assertThat(n.get("disclosure").get("endedOn").isNull()).isEqualTo(a.disclosure().endedOn().isEmpty());
    assertThat(n.get("measures").size()).isEqualTo(a.measures().size());
    for (int m = 0; m < a.measures().size(); m++) {
      MeasureAssessment x = a.measures().get(m);
      JsonNode y = n.get("measures").get(m);
      assertThat(y.get("code").asText()).isEqualTo(x.code().name());
      assertThat(y.get("lastDay").isNull() ? null : LocalDate.parse(y.get("lastDay").asText()))
          .isEqualTo(x.lastDay().orElse(null));
    }
    assertThat(n.get("problems").size()).isEqualTo(a.problems().size());
    assertThat(n.get("withdrawBy").isNull()).isEqualTo(a.withdrawBy().isEmpty());
  }
}
