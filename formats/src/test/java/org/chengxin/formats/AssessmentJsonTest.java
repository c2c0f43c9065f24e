package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Tier;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.DisclosureAssessment;
import org.chengxin.rules.MeasureAssessment;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.MeasureKind;
import org.chengxin.rules.MeasureState;
import org.chengxin.rules.ObjectionAssessment;
import org.chengxin.rules.ObjectionStatus;
import org.chengxin.rules.ProfileRef;
import org.chengxin.rules.PublicationStatus;
import org.chengxin.rules.RecordState;
import org.chengxin.rules.RepairAssessment;
import org.chengxin.rules.RepairBlocker;
import org.chengxin.rules.RepairStatus;
import org.chengxin.rules.RetentionAssessment;
import org.chengxin.rules.Target;
import org.chengxin.rules.TraceEntry;
import org.junit.jupiter.api.Test;

/**
 * SPEC §4.10: the Assessment JSON. The golden files in {@code assessment/} were written by hand from §4.10's
 * example (field order, nulls written, dates as YYYY-MM-DD) and reviewed; they are never regenerated from the
 * writer's output.
 */
class AssessmentJsonTest {

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static MeasureAssessment measure(MeasureCode code, MeasureKind kind, String lastDay, MeasureState state,
      String... basis) {
    MeasureAssessment.Builder b = MeasureAssessment.builder().code(code).target(Target.UNIT).kind(kind)
        .statutory(false).from(d("2024-01-08")).state(state).addBasis(basis);
    if (lastDay != null) {
      b.lastDay(d(lastDay));
    }
    return b.build();
  }

  /** The §4.10 example, with a warning added so that a problem is written. */
  static Assessment example() {
    return Assessment.builder()
        .recordId("ZS-2024-0012")
        .asOf(d("2024-03-01"))
        .profile(ProfileRef.of("zhashui-2021", "1"))
        .era(d("2023-05-01"))
        .state(RecordState.ACTIVE)
        .tier(Tier.GENERAL)
        .disclosure(DisclosureAssessment.builder().disclosable(true).publishBy(d("2024-01-17"))
            .publishedOn(d("2024-01-12")).publication(PublicationStatus.ON_TIME).minimumLastDay(d("2024-04-08"))
            .lastDay(d("2025-01-08")).visible(true).underObjection(false).build())
        .retention(RetentionAssessment.of(d("2029-01-08"), false))
        .objection(ObjectionAssessment.of(ObjectionStatus.NONE, null, false))
        .repair(RepairAssessment.builder().status(RepairStatus.NOT_APPLIED).eligible(false)
            .eligibleFrom(d("2024-04-09")).addBlockers(RepairBlocker.MINIMUM_PERIOD_NOT_ELAPSED).build())
        .addMeasures(measure(MeasureCode.HONOR_INELIGIBILITY, MeasureKind.RESTRICTION, "2025-01-08",
            MeasureState.ACTIVE, "国发〔2016〕76号"))
        .addMeasures(measure(MeasureCode.RECTIFICATION, MeasureKind.RESTRICTION, "2024-02-19", MeasureState.ENDED,
            "seed:zhashui-2021:五(三)4"))
        .addMeasures(measure(MeasureCode.WRITTEN_EXPLANATION, MeasureKind.ACTION, null, MeasureState.ACTIVE,
            "国发〔2016〕76号", "seed:zhashui-2021:五(三)4"))
        .addProblems(Problem.of(ProblemCode.REPAIR_NOT_ELIGIBLE, "/events/2", "2024-03-01",
            "MINIMUM_PERIOD_NOT_ELAPSED", "MINIMUM_PERIOD_NOT_ELAPSED"))
        .addTrace(TraceEntry.of("R-DISC-3", "NDRC Order 58", "lastDay: 2024-01-08 + P1Y = 2025-01-08"))
        .build();
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = AssessmentJsonTest.class.getResourceAsStream("assessment/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Test
  void writesTheSection410ExampleExactly() throws IOException {
    assertThat(AssessmentJson.write(example(), Language.EN)).isEqualTo(golden("example.expected.json"));
  }

  @Test
  void writesARefusalExactly() throws IOException {
    AssessmentResult refusal = AssessmentResult.refused("ZS-2024-0013", List.of(Problem.of(
        ProblemCode.AS_OF_BEFORE_DECISION, "/decision/decidedOn", "2024-01-07", "2024-01-08", "2024-01-08")));
    assertThat(AssessmentJson.write(refusal, Language.ZH)).isEqualTo(golden("refusal.expected.json"));
  }

  @Test
  void isOneLineAndByteIdenticalForEqualInput() {
    String first = AssessmentJson.write(example(), Language.ZH);
    String second = AssessmentJson.write(Assessment.builder().from(example()).build(), Language.ZH);
    assertThat(first).isEqualTo(second).doesNotContain("\n").doesNotContain("\r");
    assertThat(first.getBytes(StandardCharsets.UTF_8)).isEqualTo(second.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fieldOrderIsTheSection410Order() {
    JsonNode node = AssessmentJson.comparable(AssessmentJson.write(example(), Language.EN));
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    assertThat(names).containsExactly("recordId", "asOf", "profile", "era", "state", "tier", "disclosure",
        "retention", "objection", "repair", "measures", "remedies", "withdrawBy", "problems");
    List<String> disclosure = new ArrayList<>();
    node.get("disclosure").fieldNames().forEachRemaining(disclosure::add);
    assertThat(disclosure).containsExactly("disclosable", "reason", "publishBy", "publishedOn", "publication",
        "minimumLastDay", "lastDay", "visible", "underObjection", "endedOn", "endReason");
  }

  @Test
  void nullFieldsArePresent() {
    JsonNode node = AssessmentJson.comparable(AssessmentJson.write(example(), Language.EN));
    assertThat(node.get("withdrawBy").isNull()).isTrue();
    assertThat(node.get("disclosure").get("endedOn").isNull()).isTrue();
    assertThat(node.get("objection").get("decideBy").isNull()).isTrue();
    assertThat(node.get("measures").get(2).get("lastDay").isNull()).isTrue();
  }

  @Test
  void comparableDropsTraceAndMessagesOnly() {
    String en = AssessmentJson.write(example(), Language.EN);
    String zh = AssessmentJson.write(example(), Language.ZH);
    assertThat(en).isNotEqualTo(zh);
    JsonNode comparable = AssessmentJson.comparable(en);
    assertThat(comparable).isEqualTo(AssessmentJson.comparable(zh));
    assertThat(comparable.has("trace")).isFalse();
    assertThat(comparable.get("problems").get(0).has("message")).isFalse();
    assertThat(comparable.get("problems").get(0).get("code").asText()).isEqualTo("REPAIR_NOT_ELIGIBLE");
    // A changed field is a difference.
    Assessment other = Assessment.builder().from(example()).state(RecordState.EXPIRED).build();
    assertThat(AssessmentJson.comparable(AssessmentJson.write(other, Language.EN))).isNotEqualTo(comparable);
  }

  @Test
  void comparableRejectsNonObjects() {
    assertThatThrownBy(() -> AssessmentJson.comparable("[1]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[1]");
    assertThatThrownBy(() -> AssessmentJson.comparable("{oops")).isInstanceOf(IllegalArgumentException.class);
  }
}
