package org.chengxin.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.chengxin.core.CitizenIdNumber;
import org.chengxin.core.Language;
import org.chengxin.formats.RecordReader;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendars;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * SPEC §6 public disclosure list, over 12,000 generated records about public officials (4 files of 3,000, each
 * generated from a {@code long} that Instancio supplies under a fixed {@link Seed}): no citizen ID
 * number and no full name of a natural person appears in any public output (JSON, CSV zh/en, HTML), even where
 * the decision's own text names the person; restricted records are never listed.
 */
@ExtendWith(InstancioExtension.class)
class DisclosureListPropertiesTest {

  /** Records per generated file; 4 Instancio cases give 12,000 records in all. */
  static final int N = 3_000;
  /** Name characters: none of them occurs in any other text of the generated records or the outputs. */
  static final String[] NAME_CHARS = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "𠮷", "𡈽", "寅", "卯"};
  static final Set<Integer> NAME_CHAR_SET = new HashSet<>();

  static {
    for (String c : NAME_CHARS) {
      NAME_CHAR_SET.add(c.codePointAt(0));
    }
  }

  /** The distinct maximal runs of code points that satisfy {@code in}. */
  static Set<String> runs(String text, java.util.function.IntPredicate in) {
    Set<String> runs = new HashSet<>();
    int start = -1;
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : -1;
      if (cp >= 0 && in.test(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        runs.add(text.substring(start, i));
        start = -1;
      }
      i += cp >= 0 ? Character.charCount(cp) : 1;
    }
    return runs;
  }

  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  static final class Generated {
    final String ndjson;
    final Set<String> names = new HashSet<>();
    final Set<String> ids = new HashSet<>();
    final Set<String> restricted = new HashSet<>();

    Generated(SplittableRandom rnd) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < N; i++) {
        StringBuilder name = new StringBuilder();
        int length = 2 + rnd.nextInt(3);
        for (int k = 0; k < length; k++) {
          name.append(NAME_CHARS[rnd.nextInt(NAME_CHARS.length)]);
        }
        String body = String.format("1101051960%02d%02d%03d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28),
            rnd.nextInt(1000));
        String id = body + CitizenIdNumber.checkCharacter(body);
        String category = rnd.nextInt(4) == 0 ? "JUDICIAL_JUDGMENT" : "ADMINISTRATIVE_PENALTY";
        LocalDate decided = LocalDate.of(2023, 7, 1).plusDays(rnd.nextInt(360));
        String recordId = String.format("P-%05d", i);
        Rec r = Rec.official(recordId, category, rnd.nextBoolean() ? "SERIOUS" : "GENERAL", decided.toString())
            .published(decided.plusDays(rnd.nextInt(10)).toString());
        r.node.with("subject").put("name", name.toString()).put("idNumber", id)
            .put("position", name + "的职务");
        r.node.with("decision").put("content", "对" + name + "（公民身份号码" + id + "）" + "作出处理")
            .put("facts", name + "违法事实").put("basis", "依据");
        if (rnd.nextInt(10) == 0) {
          r.restricted("PERSONAL_PRIVACY");
          restricted.add(recordId);
        }
        if (rnd.nextInt(8) == 0) {
          r.event("OBJECTION_FILED", decided.plusDays(20).toString(), "by", name.toString());
        }
        names.add(name.toString());
        ids.add(id);
        s.append(r).append('\n');
      }
      ndjson = s.toString();
    }
  }

  static String write(Generated g, ReportFormat format, Language language, Profile profile, List<InputSummary> out) {
    StringWriter w = new StringWriter();
    try (RecordReader in = Rec.reader(g.ndjson)) {
      out.add(DisclosureList.write(in, profile, WorkingDayCalendars.national(), AS_OF,
          DisclosureListWriter.of(format, w, language), n -> { }));
    }
    return w.toString();
  }

  @ParameterizedTest
  @InstancioSource(samples = 4)
  @Seed(4242L)
  void noFullNameOrIdNumberOfAnOfficialInAnyPublicOutput(long seed) throws Exception {
    Generated g = new Generated(new SplittableRandom(seed));
    Profile profile = ProfileRegistry.load().get("hainan-2017");
    List<InputSummary> summaries = new ArrayList<>();
    List<String> outputs = List.of(
        write(g, ReportFormat.JSON, Language.ZH, profile, summaries),
        write(g, ReportFormat.CSV, Language.ZH, profile, summaries),
        write(g, ReportFormat.CSV, Language.EN, profile, summaries),
        write(g, ReportFormat.HTML, Language.ZH, profile, summaries),
        write(g, ReportFormat.HTML, Language.EN, profile, summaries));
    for (InputSummary s : summaries) {
      assertThat(s.recordsRead()).isEqualTo(N);
      assertThat(s.hasErrors()).isFalse();
      assertThat(s.recordsUsed()).as("most records are visible, so the property is not vacuous")
          .isGreaterThan(N / 2);
    }
    for (String out : outputs) {
      // every run of name characters is a single character (a masked name's first one): no full name appears
      for (String run : runs(out, c -> NAME_CHAR_SET.contains(c))) {
        assertThat(run.codePointCount(0, run.length())).as("name characters %s", run).isEqualTo(1);
      }
      // no run of digits (and X) is an ID number or holds an ID's birth date
      for (String run : runs(out, c -> (c >= '0' && c <= '9') || c == 'X' || c == 'x')) {
        if (run.length() >= 8) {
          assertThat(g.ids).as("ID number %s", run).doesNotContain(run.toUpperCase(java.util.Locale.ROOT));
          for (String id : g.ids) {
            assertThat(run.contains(id.substring(6, 14))).as("birth date digits of %s in %s", id, run).isFalse();
          }
        }
      }
      assertThat(out).doesNotContain("的职务").doesNotContain("违法事实");
    }
    // restricted records are never listed; every listed entry names its record and shows only masked data
    JsonNode json = Rec.JSON.readTree(outputs.get(0));
    assertThat(json.get("count").longValue()).isEqualTo(summaries.get(0).recordsUsed());
    for (JsonNode e : json.get("entries")) {
      assertThat(g.restricted).doesNotContain(e.get("recordId").textValue());
      assertThat(e.get("subject").get("name").textValue()).matches("\\S\\*+");
      assertThat(e.get("subject").get("idNumber").textValue()).matches("110105\\*{8}[0-9]{3}[0-9X]");
      assertThat(e.get("subject").has("position")).isFalse();
      assertThat(e.get("decision").get("content").textValue()).contains("*").contains("********");
    }
  }
}
