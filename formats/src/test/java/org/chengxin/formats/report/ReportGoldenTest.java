package org.chengxin.formats.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.chengxin.core.Language;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordReader;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendars;
import org.junit.jupiter.api.Test;

/**
 * Golden files of every report (reviewed by hand; regenerate on purpose with {@code -Drecreate=true}):
 * {@code golden/<case>.input.ndjson} → {@code golden/<case>.expected.<ext>}.
 */
class ReportGoldenTest {

  static final ProfileRegistry PROFILES = ProfileRegistry.load();
  static final Path DIR = Paths.get("src/test/resources/org/chengxin/formats/report/golden");
  static final boolean RECREATE = Boolean.getBoolean("recreate");

  /** The disclosure-list input: every case of visibility, masking and escaping. */
  static List<Rec> disclosureInput() {
    Rec formula = Rec.org("D1", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-04-10").published("2024-04-12");
    formula.node.with("decision").put("content", "=HYPERLINK(\"http://x\",\"罚款\")").put("basis", "<b>依据</b> & 条款");
    Rec official = Rec.official("D2", "JUDICIAL_JUDGMENT", "SERIOUS", "2024-02-01").published("2024-02-05");
    official.node.with("decision").put("content", "判决张三丰赔偿损失");
    return List.of(formula, official,
        Rec.org("D3", "CONTRACT_BREACH", "GENERAL", "2024-01-15").kind("PUBLIC_INSTITUTION", Rec.INSTITUTION_USCC)
            .published("2024-01-20").event("OBJECTION_FILED", "2024-06-25"),
        Rec.org("D4", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-04-10").published("2024-04-12")
            .restricted("STATE_SECRET"),
        Rec.org("D5", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-06-20"),
        Rec.official("D6", "DISCIPLINARY_SANCTION", "GENERAL", "2024-03-01").published("2024-03-02"));
  }

  static String input(String name, List<Rec> records) throws IOException {
    Path file = DIR.resolve(name + ".input.ndjson");
    if (RECREATE) {
      Files.createDirectories(DIR);
      Files.writeString(file, Rec.ndjson(records), UTF_8);
    }
    try (InputStream in = ReportGoldenTest.class.getResourceAsStream("golden/" + name + ".input.ndjson")) {
      return RECREATE ? Files.readString(file, UTF_8) : new String(in.readAllBytes(), UTF_8);
    }
  }

  static void compare(String file, String actual) throws IOException {
    if (RECREATE) {
      Files.writeString(DIR.resolve(file), actual, UTF_8);
      return;
    }
    try (InputStream in = ReportGoldenTest.class.getResourceAsStream("golden/" + file)) {
      assertThat(in).as("golden file %s (run with -Drecreate=true)", file).isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), UTF_8));
    }
  }

  static RecordReader reader(String ndjson) {
    return RecordReader.of(new ByteArrayInputStream(ndjson.getBytes(UTF_8)), RecordFormat.NDJSON);
  }

  @Test
  void disclosureList() throws IOException {
    String in = input("disclosure", disclosureInput());
    Profile hainan = PROFILES.get("hainan-2017");
    for (String[] c : new String[][] {{"JSON", "ZH", "disclosure.expected.json"},
        {"CSV", "ZH", "disclosure.zh.expected.csv"}, {"CSV", "EN", "disclosure.en.expected.csv"},
        {"HTML", "ZH", "disclosure.zh.expected.html"}, {"HTML", "EN", "disclosure.en.expected.html"}}) {
      StringWriter w = new StringWriter();
      try (RecordReader r = reader(in)) {
        InputSummary s = DisclosureList.write(r, hainan, WorkingDayCalendars.national(), LocalDate.of(2024, 6, 30),
            DisclosureListWriter.of(ReportFormat.valueOf(c[0]), w, Language.valueOf(c[1])), n -> { });
        // D1, D2, D3 listed; D4 restricted, D5 unpublished, D6 a sanction (not disclosed nationally)
        assertThat(s.recordsUsed()).isEqualTo(3);
        assertThat(s.recordsNotSelected()).isEqualTo(3);
      }
      compare(c[2], w.toString());
    }
  }

  @Test
  void progressReports() throws IOException {
    for (String[] c : new String[][] {{"progress-hainan-2017-2024-Q1", "hainan-2017", "2024-Q1"},
        {"progress-qinhuangdao-transport-2021-2024-H2", "qinhuangdao-transport-2021", "2024-H2"}}) {
      String in = input(c[0], c[1].startsWith("hainan") ? ProgressReportsTest.hainanQ1()
          : ProgressReportsTest.qinhuangdaoH2());
      Profile profile = PROFILES.get(c[1]);
      ProgressReport report;
      try (RecordReader r = reader(in)) {
        report = ProgressReports.compute(r, profile, WorkingDayCalendars.national(),
            ProgressReports.period(profile, c[2]), Language.ZH, n -> { }).report();
      }
      for (String[] f : new String[][] {{"JSON", "ZH", ".expected.json"}, {"CSV", "ZH", ".zh.expected.csv"},
          {"CSV", "EN", ".en.expected.csv"}, {"HTML", "ZH", ".zh.expected.html"}}) {
        StringWriter w = new StringWriter();
        ProgressReportWriter.write(report, ReportFormat.valueOf(f[0]), Language.valueOf(f[1]), w);
        compare(c[0] + f[2], w.toString());
      }
    }
  }

  @Test
  void pushBatch() throws IOException {
    String in = input("batch", PushBatchTest.input());
    StringWriter w = new StringWriter();
    try (RecordReader r = reader(in)) {
      BatchRequest request = BatchRequest.builder().from("460000").to("CN").profile(PROFILES.get("hainan-2017"))
          .since(LocalDate.of(2024, 3, 31)).asOf(LocalDate.of(2024, 6, 30))
          .createdAt(OffsetDateTime.parse("2024-07-01T09:00:00+08:00")).build();
      PushBatch.create(r, request, WorkingDayCalendars.national(), Language.ZH, n -> { }).writeTo(w);
    }
    compare("batch.expected.json", w.toString());
    assertThat(BatchVerifier.verify(new ByteArrayInputStream(w.toString().getBytes(UTF_8))).intact()).isTrue();
  }
}
