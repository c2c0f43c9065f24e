package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Tier;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.DisclosureAssessment;
import org.chengxin.rules.EndReason;
import org.chengxin.rules.MeasureAssessment;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.MeasureKind;
import org.chengxin.rules.MeasureState;
import org.chengxin.rules.NotDisclosedReason;
import org.chengxin.rules.ObjectionAssessment;
import org.chengxin.rules.ObjectionStatus;
import org.chengxin.rules.ProfileRef;
import org.chengxin.rules.PublicationStatus;
import org.chengxin.rules.RecordState;
import org.chengxin.rules.Remedy;
import org.chengxin.rules.RepairAssessment;
import org.chengxin.rules.RepairBlocker;
import org.chengxin.rules.RepairStatus;
import org.chengxin.rules.RetentionAssessment;
import org.chengxin.rules.Target;
import org.chengxin.rules.TraceEntry;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The writer over 1,000 random assessments: byte-identical output and a faithful read-back. Instancio (fixed
 * {@link Seed}) supplies one {@code long} per case, which seeds the assessment's generator.
 */
@ExtendWith(InstancioExtension.class)
class AssessmentJsonPropertiesTest {

  private SplittableRandom random;

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private LocalDate day() {
    return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(2000));
  }

  private LocalDate maybe() {
    return random.nextBoolean() ? day() : null;
  }

  private Assessment next(long i) {
    DisclosureAssessment.Builder d = DisclosureAssessment.builder().disclosable(random.nextBoolean())
        .publication(pick(PublicationStatus.values())).minimumLastDay(day()).lastDay(day())
        .visible(random.nextBoolean()).underObjection(random.nextBoolean());
    LocalDate publishBy = maybe();
    if (publishBy != null) {
      d.publishBy(publishBy);
    }
    LocalDate ended = maybe();
    if (ended != null) {
      d.endedOn(ended).endReason(pick(EndReason.values()));
    }
    if (random.nextBoolean()) {
      d.reason(pick(NotDisclosedReason.values()));
    }
    Assessment.Builder a = Assessment.builder().recordId("R-" + i).asOf(day())
        .profile(ProfileRef.of("p" + random.nextInt(3), "1")).state(pick(RecordState.values()))
        .tier(pick(Tier.values())).disclosure(d.build())
        .retention(RetentionAssessment.of(day(), random.nextBoolean()))
        .objection(ObjectionAssessment.of(pick(ObjectionStatus.values()), maybe(), random.nextBoolean()))
        .repair(RepairAssessment.builder().status(pick(RepairStatus.values())).eligible(random.nextBoolean())
            .addBlockers(pick(RepairBlocker.values())).build());
    if (random.nextBoolean()) {
      a.era(day());
    }
    int measures = random.nextInt(5);
    for (int m = 0; m < measures; m++) {
      MeasureAssessment.Builder mb = MeasureAssessment.builder().code(pick(MeasureCode.values()))
          .target(pick(Target.values())).kind(pick(MeasureKind.values())).statutory(random.nextBoolean())
          .from(day()).state(pick(MeasureState.values())).addBasis("seed:x:" + random.nextInt(9), "法〔2016〕号");
      LocalDate last = maybe();
      if (last != null) {
        mb.lastDay(last);
      }
      a.addMeasures(mb.build());
    }
    if (random.nextBoolean()) {
      a.addRemedies(Remedy.REPUTATION_RESTORATION).withdrawBy(day());
    }
    if (random.nextInt(4) == 0) {
      a.addProblems(Problem.of(ProblemCode.REPAIR_NOT_ELIGIBLE, "/events/" + random.nextInt(5), "2024-01-0"
          + (1 + random.nextInt(9)), "\"quoted\" \\ detail", "\"quoted\" \\ detail"));
    }
    a.addTrace(TraceEntry.of("R-DISC-3", "basis " + i, "detail\twith\ncontrol characters"));
    return a.build();
  }

  @ParameterizedTest
  @InstancioSource(samples = 1_000)
  @Seed(4100L)
  void byteIdenticalAndReadBack(long seed) {
    random = new SplittableRandom(seed);
    Assessment a = next(seed);
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
