package org.chengxin.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R-ID-3: the national division list, its provenance and its extension files. */
class DivisionRegistryTest {

  /**
   * Cross-check with the source data in the shared folder: provinces {@code PP} → {@code PP0000}, prefectures
   * {@code PPCC} → {@code PPCC00}, county-level codes as they are. Every code there is known with the same name,
   * and the national list knows no other code.
   */
  @Test
  void theNationalListIsExactlyTheSharedSourceData() throws IOException {
    String shared = System.getProperty("chengxin.shared.dir");
    assumeTrue(shared != null, "chengxin.shared.dir is not set");
    Path dir = Path.of(shared, "data", "admin-divisions");
    assumeTrue(Files.isDirectory(dir), dir + " does not exist");

    Map<String, String> expected = new TreeMap<>();
    readCsv(dir.resolve("provinces.csv"), "0000", expected);
    readCsv(dir.resolve("cities.csv"), "00", expected);
    readCsv(dir.resolve("areas.csv"), "", expected);
    assertThat(expected).hasSizeGreaterThan(3000).containsEntry("611026", "柞水县").containsEntry("610000", "陕西省");

    DivisionRegistry national = DivisionRegistry.load(withoutExtensions());
    assertThat(national.codes()).containsExactlyEntriesOf(expected);
  }

  private static void readCsv(Path file, String suffix, Map<String, String> into) throws IOException {
    List<String> lines = Files.readAllLines(file, UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split(",", -1);
      String code = fields[0] + suffix;
      String name = fields[1].replace("\"", "");
      String previous = into.put(code, name);
      // 441900 东莞市 is both a prefecture-level city and its own county-level row: the names must agree
      assertThat(previous).as("name of %s", code).isIn(null, name);
    }
  }

  @Test
  void anExtensionFileOnTheClassPathAddsARetiredCode() {
    // src/test/resources/META-INF/chengxin/divisions.txt adds 110103 崇文区 (merged into 东城区 in 2010)
    DivisionRegistry registry = DivisionRegistry.national();
    assertThat(registry.isKnown("110103")).isTrue();
    assertThat(registry.name("110103")).contains("崇文区");
    assertThat(DivisionCode.parse("110103").isKnown()).isTrue();
    // without the extension the retired code is unknown
    assertThat(DivisionRegistry.load(withoutExtensions()).isKnown("110103")).isFalse();
  }

  @Test
  void anExtensionNeverRenamesANationalCode() {
    // the test extension also lists 611026 under another name; the national name stays
    assertThat(DivisionRegistry.national().name("611026")).contains("柞水县");
  }

  @Test
  void lookupsOfUnknownOrNullCodes() {
    DivisionRegistry registry = DivisionRegistry.national();
    assertThat(registry.isKnown("999999")).isFalse();
    assertThat(registry.isKnown(null)).isFalse();
    assertThat(registry.name("999999")).isEmpty();
    assertThat(registry.codes()).containsEntry("110000", "北京市").containsEntry("441900", "东莞市");
  }

  @Test
  void aMalformedExtensionLineNamesTheFileAndLine(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("divisions.txt");
    Files.writeString(file, "# comment\n110103 崇文区\n\n11010X 宣武区\n", UTF_8);
    assertThatThrownBy(() -> DivisionRegistry.load(withExtension(file.toUri().toURL())))
        .isInstanceOf(ChengxinException.class)
        .hasMessageContaining(file.toUri().toURL().toString() + ":4:")
        .hasMessageContaining("'11010X'");
  }

  @Test
  void aLineWithoutNameOrARepeatedCodeIsRejected(@TempDir Path tmp) throws IOException {
    Path noName = tmp.resolve("a.txt");
    Files.writeString(noName, "110103\n", UTF_8);
    assertThatThrownBy(() -> DivisionRegistry.load(withExtension(noName.toUri().toURL())))
        .hasMessageContaining("a.txt:1:").hasMessageContaining("no name");
    Path twice = tmp.resolve("b.txt");
    Files.writeString(twice, "110103 崇文区\n110103 崇文区\n", UTF_8);
    assertThatThrownBy(() -> DivisionRegistry.load(withExtension(twice.toUri().toURL())))
        .hasMessageContaining("b.txt:2:").hasMessageContaining("listed twice");
  }

  /** This class's loader, hiding the extension files (so that only the national list is read). */
  private static ClassLoader withoutExtensions() {
    return withExtensions(Collections.emptyList());
  }

  private static ClassLoader withExtension(URL extension) {
    return withExtensions(List.of(extension));
  }

  private static ClassLoader withExtensions(List<URL> extensions) {
    ClassLoader parent = DivisionRegistryTest.class.getClassLoader();
    return new ClassLoader(null) {
      @Override
      public InputStream getResourceAsStream(String name) {
        return parent.getResourceAsStream(name);
      }

      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        return DivisionRegistry.EXTENSION_RESOURCE.equals(name)
            ? Collections.enumeration(extensions)
            : parent.getResources(name);
      }
    };
  }
}
