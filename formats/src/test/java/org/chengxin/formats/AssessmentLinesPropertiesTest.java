package org.chengxin.formats;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Record;
import org.chengxin.core.Tier;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.DisclosureAssessment;
import org.chengxin.rules.EndReason;
import org.chengxin.rules.MeasureAssessment;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.MeasureKind;
import org.chengxin.rules.MeasureState;
import org.chengxin.rules.NotDisclosedReason;
import org.chengxin.rules.ObjectionAssessment;
import org.chengxin.rules.ObjectionStatus;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRef;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.PublicationStatus;
import org.chengxin.rules.RecordState;
import org.chengxin.rules.Remedy;
import org.chengxin.rules.RepairAssessment;
import org.chengxin.rules.RepairBlocker;
import org.chengxin.rules.RepairStatus;
import org.chengxin.rules.RetentionAssessment;
import org.chengxin.rules.Target;
import org.chengxin.rules.TraceEntry;
import org.chengxin.rules.WorkingDayCalendars;
import org.junit.jupiter.api.Test;

/**
 * {@link AssessmentLines} against the Jackson writer it replaces in the CLI ({@link AssessmentJson#write}, then
 * UTF-8): identical bytes on the rules engine's real assessments and on synthetic ones with hostile strings in
 * every string field; {@code "recordId":null} lines as the old CLI made them (a JSON tree with the ID nulled).
 */
class AssessmentLinesPropertiesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What the CLI wrote before AssessmentLines: the Jackson line, UTF-8, and a line break. */
  private static byte[] reference(AssessmentResult result, Language language, boolean recordIdKnown)
      throws IOException {
    String line = AssessmentJson.write(result, language);
    if (!recordIdKnown) {
      ObjectNode node = (ObjectNode) MAPPER.readTree(line);
      node.putNull("recordId");
      line = MAPPER.writeValueAsString(node);
    }
    return (line + "\n").getBytes(UTF_8);
  }

  private static byte[] ours(AssessmentResult result, Language language, boolean recordIdKnown) {
    AssessmentLines lines = new AssessmentLines();
    lines.add(result, language, recordIdKnown);
    return lines.toByteArray();
  }

  @Test
  void engineAssessmentsUnderEveryProfileSeed5150() throws IOException {
    List<Record> records = new ValidRecords(5150L).records(600);
    Assessor assessor = Assessor.create();
    AssessmentLines all = new AssessmentLines(); // one buffer for everything: its cache and growth are exercised
    StringBuilder expected = new StringBuilder();
    int lines = 0;
    for (Profile profile : ProfileRegistry.load().all()) {
      for (LocalDate asOf : List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 6, 30))) {
        for (Record r : records) {
          AssessmentResult result = assessor.assess(r, profile, WorkingDayCalendars.national(), asOf);
          Language language = lines % 2 == 0 ? Language.ZH : Language.EN;
          all.add(result, language);
          expected.append(AssessmentJson.write(result, language)).append('\n');
          lines++;
        }
      }
    }
    assertThat(lines).isGreaterThanOrEqualTo(6 * 2 * 600);
    assertThat(all.toByteArray()).isEqualTo(expected.toString().getBytes(UTF_8));
    assertThat(all.toString()).isEqualTo(expected.toString());
  }

  @Test
  void syntheticAssessmentsWithHostileStringsSeed6011() throws IOException {
    SplittableRandom random = new SplittableRandom(6011L);
    AssessmentLines all = new AssessmentLines();
    List<byte[]> expected = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      Generator g = new Generator(random);
      AssessmentResult result = random.nextInt(4) == 0
          ? AssessmentResult.refused(g.text(), g.atLeastOneProblem())
          : AssessmentResult.of(g.assessment());
      Language language = random.nextBoolean() ? Language.ZH : Language.EN;
      boolean known = random.nextInt(5) != 0;
      byte[] reference = reference(result, language, known);
      assertThat(ours(result, language, known)).as("case %d", i).isEqualTo(reference);
      all.add(result, language, known);
      expected.add(reference);
    }
    int size = expected.stream().mapToInt(b -> b.length).sum();
    byte[] joined = new byte[size];
    int at = 0;
    for (byte[] b : expected) {
      System.arraycopy(b, 0, joined, at, b.length);
      at += b.length;
    }
    assertThat(all.size()).isEqualTo(size);
    assertThat(all.toByteArray()).isEqualTo(joined);
  }

  /**
   * The problems' messages, written from pre-split templates, against {@link Problem#message}: its three
   * replace() calls run in turn (a path holding "{value}" has it replaced by the value, a value holding "{detail}"
   * by the detail), its strip() and its dropping of a trailing colon or comma (a template ending in {value} or
   * {detail} with an empty, spaced or colon-ended text), an empty path written "/", and surrogates at the edges.
   */
  @Test
  void messagesWithPlaceholdersAndEdgesSeed7207() throws IOException {
    String[] parts = {"", "{value}", "{detail}", "{path}", "{", "}", "a", "路径", " ", "：", ":", ",", "\ud800",
        "\udc00", "\ud83d\ude00", "\"", "\n", "\u2028"};
    SplittableRandom random = new SplittableRandom(7207L);
    for (int i = 0; i < 4_000; i++) {
      String[] texts = new String[4];
      for (int t = 0; t < texts.length; t++) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(4); k > 0; k--) {
          b.append(parts[random.nextInt(parts.length)]);
        }
        texts[t] = b.toString();
      }
      ProblemCode code = ProblemCode.values()[random.nextInt(ProblemCode.values().length)];
      Problem problem = Problem.of(code, texts[0], random.nextInt(4) == 0 ? null : texts[1], texts[2], texts[3]);
      AssessmentResult result = AssessmentResult.refused("R-" + i, List.of(problem));
      for (Language language : Language.values()) {
        assertThat(new String(ours(result, language, true), UTF_8)).as("case %d %s", i, language)
            .isEqualTo(new String(reference(result, language, true), UTF_8));
        assertThat(ours(result, language, true)).isEqualTo(reference(result, language, true));
      }
    }
  }

  @Test
  void clearStartsAnew() {
    AssessmentResult refused = AssessmentResult.refused("R\"1",
        List.of(Problem.of(ProblemCode.REQUIRED, "/recordId", null, "缺少", "missing")));
    AssessmentLines lines = new AssessmentLines();
    lines.add(refused, Language.EN);
    lines.clear();
    lines.add(refused, Language.EN, false);
    // Hand-written: the refusal's fields in §4.10 order, value null, the English message, the ID nulled.
    assertThat(lines.toString()).startsWith("{\"recordId\":null,\"problems\":[{\"code\":\"REQUIRED\",\"severity\":")
        .contains(",\"path\":\"/recordId\",\"value\":null,\"message\":").endsWith("}]}\n");
  }

  /** Random assessments whose every string may hold control characters, quotes, lone surrogates, U+2028. */
  private static final class Generator {
    private static final String[] PIECES = {"", "R-1", "诚信", "\"", "\\", "/", "\n", "\t", "\u0000", "\u001f",
        "\u007f", "\u2028", "\u2029", "\ud800", "\udfff", "\ud83d\ude00", "\ud800\ud800", "é", "〔2019〕527号", " "};
    private final SplittableRandom random;

    Generator(SplittableRandom random) {
      this.random = random;
    }

    String text() {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(5); i > 0; i--) {
        b.append(random.nextInt(6) == 0 ? (char) random.nextInt(0x10000) : PIECES[random.nextInt(PIECES.length)]);
      }
      return b.toString();
    }

    private <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    private LocalDate day() {
      int kind = random.nextInt(20);
      if (kind == 0) {
        return LocalDate.of(999, 12, 31); // years outside 1000..9999 take LocalDate.toString()'s form
      } else if (kind == 1) {
        return LocalDate.of(12_345, 1, 2);
      }
      return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000));
    }

    private LocalDate maybe() {
      return random.nextBoolean() ? day() : null;
    }

    List<Problem> problems() {
      List<Problem> problems = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        problems.add(Problem.of(pick(ProblemCode.values()), text(), random.nextBoolean() ? text() : null, text(),
            text()));
      }
      return problems;
    }

    List<Problem> atLeastOneProblem() {
      List<Problem> problems = new ArrayList<>(problems());
      problems.add(Problem.of(pick(ProblemCode.values()), text(), text(), text(), text()));
      return problems;
    }

    Assessment assessment() {
      DisclosureAssessment.Builder d = DisclosureAssessment.builder().disclosable(random.nextBoolean())
          .publication(pick(PublicationStatus.values())).minimumLastDay(day()).lastDay(day())
          .visible(random.nextBoolean()).underObjection(random.nextBoolean());
      LocalDate publishBy = maybe();
      if (publishBy != null) {
        d.publishBy(publishBy);
      }
      LocalDate publishedOn = maybe();
      if (publishedOn != null) {
        d.publishedOn(publishedOn);
      }
      LocalDate ended = maybe();
      if (ended != null) {
        d.endedOn(ended).endReason(pick(EndReason.values()));
      }
      if (random.nextBoolean()) {
        d.reason(pick(NotDisclosedReason.values()));
      }
      RepairAssessment.Builder repair = RepairAssessment.builder().status(pick(RepairStatus.values()))
          .eligible(random.nextBoolean());
      for (int i = random.nextInt(3); i > 0; i--) {
        repair.addBlockers(pick(RepairBlocker.values()));
      }
      LocalDate from = maybe();
      if (from != null) {
        repair.eligibleFrom(from);
      }
      LocalDate pushBy = maybe();
      if (pushBy != null) {
        repair.pushBy(pushBy);
      }
      Assessment.Builder a = Assessment.builder().recordId(text()).asOf(day())
          .profile(ProfileRef.of(text(), text())).state(pick(RecordState.values()))
          .tier(pick(Tier.values())).disclosure(d.build())
          .retention(RetentionAssessment.of(day(), random.nextBoolean()))
          .objection(ObjectionAssessment.of(pick(ObjectionStatus.values()), maybe(), random.nextBoolean()))
          .repair(repair.build())
          .addAllProblems(problems());
      if (random.nextBoolean()) {
        a.era(day());
      }
      for (int m = random.nextInt(4); m > 0; m--) {
        MeasureAssessment.Builder mb = MeasureAssessment.builder().code(pick(MeasureCode.values()))
            .target(pick(Target.values())).kind(pick(MeasureKind.values())).statutory(random.nextBoolean())
            .from(day()).state(pick(MeasureState.values()));
        for (int b = random.nextInt(3); b > 0; b--) {
          mb.addBasis(text());
        }
        LocalDate last = maybe();
        if (last != null) {
          mb.lastDay(last);
        }
        a.addMeasures(mb.build());
      }
      if (random.nextBoolean()) {
        a.addRemedies(pick(Remedy.values()));
      }
      if (random.nextBoolean()) {
        a.withdrawBy(day());
      }
      for (int t = random.nextInt(4); t > 0; t--) {
        a.addTrace(TraceEntry.of(text(), text(), text()));
      }
      return a.build();
    }
  }
}
