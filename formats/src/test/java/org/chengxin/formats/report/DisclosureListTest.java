package org.chengxin.formats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.chengxin.core.Record;
import org.chengxin.formats.CanonicalJson;
import org.chengxin.formats.report.internal.Masking;
import org.chengxin.formats.report.internal.Text;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.DisclosureAssessment;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §6 public disclosure list: masking, visibility, CSV and HTML escaping. */
class DisclosureListTest {

  static final Profile HAINAN = ProfileRegistry.load().get("hainan-2017");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "张三, 张*",
      "张三丰, 张**",
      "欧阳娜娜, 欧***",
      "𠮷野家, 𠮷**", // a supplementary character counts once (code points, not chars)
      "王𠮷, 王*",
      "李, 李",
      "' 赵六 ', 赵*"})
  void namesAreMaskedByCodePoint(String name, String masked) {
    assertThat(Masking.name(name)).isEqualTo(masked);
  }

  static Assessment assess(Record r, LocalDate asOf) {
    return Assessor.create().assess(r, HAINAN, WorkingDayCalendars.national(), asOf).assessment();
  }

  @Test
  void anOfficialIsShownMaskedWithEmployerAndWithoutPosition() {
    Rec rec = Rec.official("O1", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-01-08").published("2024-01-12");
    rec.node.with("decision").put("content", "对张三丰（11010519491231002x）罚款");
    Record r = CanonicalJson.read(rec.toString());
    DisclosureEntry e = DisclosureList.entry(r, assess(r, LocalDate.of(2024, 3, 1))).orElseThrow();
    assertThat(e.subjectName()).isEqualTo("张**");
    assertThat(e.subjectIdNumber()).hasValue("110105********002X");
    assertThat(e.subjectUscc()).isEmpty();
    assertThat(e.employerName()).hasValue("海南省某厅");
    assertThat(e.employerUscc()).hasValue(Rec.ORG_USCC);
    // the free text names the person, with a lower-case check character: both masked
    assertThat(e.content()).isEqualTo("对张**（110105********002X）罚款");
    assertThat(e.recordId()).isEqualTo("O1");
    // R-DISC-3: 2023 era GENERAL max 1Y → 2025-01-08
    assertThat(e.lastDay()).isEqualTo(LocalDate.of(2025, 1, 8));
  }

  @Test
  void notVisibleRecordsHaveNoEntry() {
    Record unpublished = CanonicalJson.read(Rec.org("U1", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-01-08")
        .toString());
    assertThat(DisclosureList.entry(unpublished, assess(unpublished, LocalDate.of(2024, 3, 1)))).isEmpty();
    Record restricted = CanonicalJson.read(Rec.org("U2", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-01-08")
        .published("2024-01-10").restricted("TRADE_SECRET").toString());
    assertThat(DisclosureList.entry(restricted, assess(restricted, LocalDate.of(2024, 3, 1)))).isEmpty();
  }

  @Test
  void aRestrictedRecordAssessedVisibleIsRefusedLoudly() {
    Record restricted = CanonicalJson.read(Rec.org("U3", "ADMINISTRATIVE_PENALTY", "GENERAL", "2024-01-08")
        .published("2024-01-10").restricted("STATE_SECRET").toString());
    Assessment a = assess(restricted, LocalDate.of(2024, 3, 1));
    Assessment forged = Assessment.builder().from(a).disclosure(DisclosureAssessment.builder()
        .from(a.disclosure()).visible(true).publishedOn(LocalDate.of(2024, 1, 10)).build()).build();
    assertThatThrownBy(() -> DisclosureList.entry(restricted, forged)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("U3");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "=SUM(A1)|'=SUM(A1)",
      "+86|'+86",
      "-1|'-1",
      "@cmd|'@cmd",
      "a,b|`\"a,b\"`",
      "say \"hi\"|`\"say \"\"hi\"\"\"`",
      "=1,2|`\"'=1,2\"`",
      "柞水|柞水"})
  void csvCellsAreEscaped(String text, String cell) {
    assertThat(Text.csvCell(text)).isEqualTo(cell);
  }

  @Test
  void htmlTextIsEscaped() {
    assertThat(Text.html("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  }
}
