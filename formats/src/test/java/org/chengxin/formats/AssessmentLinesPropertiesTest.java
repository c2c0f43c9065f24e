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
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
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
      RandomAssessments g = new RandomAssessments(random);
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
}
