package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.chengxin.core.DivisionRegistry;
import org.chengxin.core.JurisdictionUnits;
import org.chengxin.core.Problem;
import org.chengxin.core.Record;
import org.chengxin.formats.internal.FastCheck;
import org.chengxin.formats.internal.RecordWalk;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The reader's fast path may only say "clean" for records in which the full validator finds nothing; and it
 * must say so for clean canonical records, or it would be useless.
 */
@ExtendWith(InstancioExtension.class)
class FastCheckPropertiesTest {

  /** Garbled records checked, one per Instancio case (each from its own seed). */
  private static final int GARBLED = 4_000;
  private static final AtomicInteger GARBLED_SEEN = new AtomicInteger();
  private static final AtomicInteger PASSED = new AtomicInteger();

  private final FastCheck fast = new FastCheck(JurisdictionUnits.standard(),
      RecordWalk.knownDivisions(DivisionRegistry.national()));
  private final RecordValidator validator = RecordValidator.standard();

  private String clean(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return fast.clean(b, 0, b.length);
  }

  private org.chengxin.core.Record bind(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return fast.bind(b, 0, b.length);
  }

  /** The fast path says clean only for records without problems, and binds them as the tree path does. */
  private void impliesNoProblem(String text) {
    String id = clean(text);
    org.chengxin.core.Record bound = bind(text);
    assertThat(bound == null).as(text).isEqualTo(id == null);
    if (id != null) {
      List<Problem> problems = validator.validate(text);
      assertThat(problems).as(text).isEmpty();
      org.chengxin.core.Record fromTree = CanonicalJson.read(text);
      assertThat(id).isEqualTo(fromTree.recordId());
      assertThat(bound).as(text).isEqualTo(fromTree);
    }
  }

  @Test
  void passesTheCanonicalFixtures() {
    assertThat(clean(Fixtures.ORG)).isEqualTo("ZS-2024-0001");
    assertThat(clean(Fixtures.OFFICIAL)).isEqualTo("ZS-2024-0002");
  }

  @ParameterizedTest
  @InstancioSource(samples = 2_000)
  @Seed(5L)
  void passesEveryGeneratedCanonicalRecord(long seed) {
    Record r = new ValidRecords(seed).next("R-" + seed);
    String text = CanonicalJson.write(r);
    assertThat(clean(text)).as(r.recordId()).isEqualTo(r.recordId());
    assertThat(bind(text)).as(text).isEqualTo(r);
    impliesNoProblem(text);
  }

  /**
   * The walk keeps its buffers (slots, the event list, the code lists) from record to record: a record bound after
   * one with other members (an official's with a sanction and a mitigation's grounds; an organisation's with penalty
   * types, amounts and an objection) has only its own, and a record bound earlier keeps its own lists.
   */
  @Test
  void bindsEachRecordWithOnlyItsOwnMembers() {
    Record official = bind(Fixtures.OFFICIAL);
    assertThat(official.events()).isNotEmpty();
    for (String text : List.of(Fixtures.ORG, Fixtures.OFFICIAL, Fixtures.ORG, Fixtures.ORG)) {
      assertThat(bind(text)).as(text).isEqualTo(CanonicalJson.read(text));
    }
    assertThat(official).isEqualTo(CanonicalJson.read(Fixtures.OFFICIAL));
  }

  @Test
  void passesNoFixture() {
    for (Fixtures.Fixture f : Fixtures.all()) {
      String text = f.tree().toString();
      impliesNoProblem(text);
      assertThat(clean(text)).as(f.name()).isNull();
    }
  }

  @ParameterizedTest
  @InstancioSource(samples = GARBLED)
  @Seed(0xFA57L)
  void passesOnlyCleanRecordsAmongGarbledOnes(long seed) {
    String text = RecordValidatorPropertiesTest.garbage(seed, 1).get(0).toString();
    GARBLED_SEEN.incrementAndGet();
    impliesNoProblem(text);
    if (clean(text) != null) {
      PASSED.incrementAndGet();
    }
  }

  /** Some garbling keeps a record clean (dropping an optional field), so the fast path is exercised. */
  @AfterAll
  static void theFastPathIsExercisedByGarbledRecords() {
    if (GARBLED_SEEN.get() == GARBLED) {
      assertThat(PASSED.get()).isGreaterThan(10);
    }
  }

  /**
   * Byte-level forms the fast path reads itself: whitespace between tokens and escapes in free text are fine;
   * escapes in names or in codes and dates, bytes that are not strict UTF-8, control characters, leading zeros,
   * fractions, trailing tokens and a BOM are "don't know" (and still never a wrong yes).
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "spaces around tokens          | true",
      "an escaped quote in a name     | true",
      "a unicode escape               | true",
      "an escaped surrogate pair      | true",
      "an escape in a field name      | false",
      "an escape in a date            | false",
      "a bad escape                   | false",
      "a tab inside a string          | false",
      "trailing garbage               | false",
      "a second value                 | false",
      "a byte order mark              | false",
      "an overlong slash              | false",
      "a UTF-8 surrogate              | false",
      "a lone continuation byte       | false",
      "a truncated sequence           | false",
      "a supplementary character      | true",
      "periodMonths 024               | false",
      "periodMonths 24.0              | false",
      "periodMonths 24                | true",
      "true as tru                    | false",
      "an official's field in an organisation | false",
      "an organisation without a USCC | false",
      "a fine in a sanction           | false",
      "a reason on a mitigation       | false",
      "a mitigation without grounds   | false",
      "an event before the decision   | false",
      "no events                      | true"})
  void bytesTheFastPathReadsItself(String form, boolean passes) {
    String official = Fixtures.OFFICIAL;
    byte[] text;
    switch (form.trim()) {
      case "spaces around tokens":
        text = utf8(official.replace("\":", "\" :\t").replace("\",", "\"\r\n, ").replace("{", " { ") + "  ");
        break;
      case "an escaped quote in a name":
        text = utf8(official.replace("柞水县", "柞水\\\"县"));
        break;
      case "a unicode escape":
        text = utf8(official.replace("柞水县", "\\u67de水县"));
        break;
      case "an escaped surrogate pair":
        text = utf8(official.replace("柞水县", "柞\\ud840\\udc0b水县"));
        break;
      case "an escape in a field name":
        text = utf8(official.replace("\"position\"", "\"posit\\u0069on\""));
        break;
      case "an escape in a date":
        text = utf8(official.replace("\"2024-", "\"\\u0032024-"));
        break;
      case "a bad escape":
        text = utf8(official.replace("柞水县", "柞水\\x县"));
        break;
      case "a tab inside a string":
        text = utf8(official.replace("柞水县", "柞水\t县"));
        break;
      case "trailing garbage":
        text = utf8(official + "x");
        break;
      case "a second value":
        text = utf8(official + " {}");
        break;
      case "a byte order mark":
        text = utf8("\ufeff" + official);
        break;
      case "an overlong slash":
        text = bytes(official, "柞水县", new byte[] {(byte) 0xC0, (byte) 0xAF});
        break;
      case "a UTF-8 surrogate":
        text = bytes(official, "柞水县", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        break;
      case "a lone continuation byte":
        text = bytes(official, "柞水县", new byte[] {(byte) 0x80});
        break;
      case "a truncated sequence":
        text = bytes(official, "柞水县", new byte[] {(byte) 0xE6, (byte) 0x9F});
        break;
      case "a supplementary character":
        text = utf8(official.replace("柞水县", "柞\uD840\uDC0B水县"));
        break;
      case "periodMonths 024":
        text = utf8(official.replace("\"periodMonths\":24", "\"periodMonths\":024"));
        break;
      case "periodMonths 24.0":
        text = utf8(official.replace("\"periodMonths\":24", "\"periodMonths\":24.0"));
        break;
      case "periodMonths 24":
        text = utf8(official);
        assertThat(official).contains("\"periodMonths\":24");
        break;
      case "an official's field in an organisation": // R-subject: position only for an official
        text = utf8(Fixtures.ORG.replace("\"principalName\"", "\"position\":\"科长\",\"principalName\""));
        break;
      case "an organisation without a USCC":
        text = utf8(Fixtures.ORG.replace("\"uscc\":\"11230500001755309F\",", ""));
        break;
      case "a fine in a sanction": // fineAmount only in an administrative penalty
        text = utf8(official.replace("\"sanction\":", "\"fineAmount\":\"1.00\",\"sanction\":"));
        break;
      case "a reason on a mitigation": // reason only on DECISION_REVOKED
        text = utf8(official.replace("[\"RECOVERED_LOSS\"]}", "[\"RECOVERED_LOSS\"],\"reason\":\"x\"}"));
        break;
      case "a mitigation without grounds":
        text = utf8(official.replace(",\"grounds\":[\"RECOVERED_LOSS\"]", ""));
        break;
      case "an event before the decision": // decided 2024-03-01, mitigation 2024-02-29
        text = utf8(official.replace("\"on\":\"2024-03-02\"", "\"on\":\"2024-02-29\""));
        break;
      case "no events":
        text = utf8(official.replaceAll("\"events\":\\[.*\\],\"source\"", "\"source\""));
        assertThat(new String(text, StandardCharsets.UTF_8)).doesNotContain("events");
        break;
      default:
        text = utf8(official.replace("true", "tru"));
        assertThat(official).contains("true");
    }
    String id = fast.clean(text, 0, text.length);
    assertThat(id != null).as(new String(text, StandardCharsets.UTF_8)).isEqualTo(passes);
    if (passes) {
      String s = new String(text, StandardCharsets.UTF_8);
      assertThat(validator.validate(s)).isEmpty();
      assertThat(fast.bind(text, 0, text.length)).isEqualTo(CanonicalJson.read(s));
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The text with the first {@code target} replaced by raw bytes. */
  private static byte[] bytes(String text, String target, byte[] raw) {
    byte[] t = utf8(text);
    byte[] find = utf8(target);
    int at = new String(t, StandardCharsets.ISO_8859_1).indexOf(new String(find, StandardCharsets.ISO_8859_1));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(t, 0, at);
    out.write(raw, 0, raw.length);
    out.write(t, at + find.length, t.length - at - find.length);
    return out.toByteArray();
  }

  @Test
  void anotherFieldOrderTakesTheFullPathAndIsStillValid() {
    String reordered = Fixtures.ORG.replace("\"schemaVersion\":\"1.0\",\"recordId\":\"ZS-2024-0001\",",
        "\"recordId\":\"ZS-2024-0001\",\"schemaVersion\":\"1.0\",");
    assertThat(clean(reordered)).isNull();
    assertThat(validator.validate(reordered)).isEmpty();
    List<ReadResult> results = RecordReaderTest.read(reordered + "\n" + Fixtures.ORG.replace("ZS-2024-0001", "ZS-2024-0005"),
        RecordFormat.NDJSON);
    assertThat(results).extracting(ReadResult::isValid).containsExactly(true, true);
    assertThat(results.get(1).record().get().recordId()).isEqualTo("ZS-2024-0005");
    assertThat(results.get(0).record().get().recordId()).isEqualTo("ZS-2024-0001");
  }

  /**
   * A quote (escaped), a backslash escape, a raw tab, DEL or a non-ASCII character at any offset of a long ASCII
   * value is seen, and the length limit counts every code point (a name is at most 200, R-ID-4: 200 ASCII
   * letters pass, 201 do not).
   */
  @Test
  void longAsciiValuesWithASpecialByteAtEveryOffset() {
    String name = "柞水县纪律检查委员会"; // authorityName and the source's unit
    String[] specials = {"\\\"", "\\\\", "\\n", "\\u0041", "\t", "\u007f", "县", "𠀋", "\"x"};
    for (String special : specials) {
      for (int at = 0; at < 20; at++) {
        String value = "a".repeat(at) + special + "b".repeat(19 - at);
        String text = Fixtures.OFFICIAL.replace(name, value);
        impliesNoProblem(text);
        boolean fine = !special.equals("\t") && !special.equals("\"x");
        assertThat(clean(text) != null).as(value).isEqualTo(fine);
        if (fine) {
          assertThat(bind(text).decision().authorityName())
              .isEqualTo(CanonicalJson.read(text).decision().authorityName());
        }
      }
    }
    assertThat(clean(Fixtures.OFFICIAL.replace(name, "n".repeat(200)))).isNotNull();
    assertThat(clean(Fixtures.OFFICIAL.replace(name, "n".repeat(201)))).isNull();
    assertThat(clean(Fixtures.OFFICIAL.replace(name, "n".repeat(199) + "县"))).isNotNull();
    assertThat(clean(Fixtures.OFFICIAL.replace(name, "n".repeat(200) + "县"))).isNull();
  }

  /**
   * The length limit counts code points in values with escapes too (a name is at most 200, R-ID-4): an escape is
   * one character, an escaped surrogate pair and a four-byte character are one code point each, lone or
   * reversed escaped surrogates one each. Expected by hand: passes iff {@code n} + the tail's code points ≤ 200.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "\\u0041                 | 1",
      "\\n                     | 1",
      "𠀋\\\"                   | 2",
      "\\ud840\\udc0b           | 1",
      "\\ud840                 | 1",
      "\\udc0b\\ud840           | 2",
      "𠀋\\ud840\\udc0b          | 2",
      "县\\t                    | 2"})
  void escapedValuesCountCodePointsAtTheLimit(String tail, int codePoints) {
    String name = "柞水县纪律检查委员会"; // authorityName and the source's unit
    for (int n = 196; n <= 200; n++) {
      String text = Fixtures.OFFICIAL.replace(name, "n".repeat(n) + tail.trim());
      boolean fits = n + codePoints <= 200;
      assertThat(clean(text) != null).as("%d + %s", n, tail).isEqualTo(fits);
      assertThat(validator.validate(text).isEmpty()).as("%d + %s", n, tail).isEqualTo(fits);
    }
  }

  /**
   * Values of a fixed length (dates, USCCs, division codes, citizen IDs, the schema version) are taken without a
   * scan when a quote follows their length: every byte of them is still checked. Each replacement keeps the raw
   * length (or changes it by one) and puts in a byte that must fail: an escape, a quote, a control character, a
   * non-ASCII letter, lower case. Expected: only the unchanged values pass the fast path; the full validator also
   * finds nothing in a value whose escapes decode to a valid one (the fast path leaves those to it).
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "\"decidedOn\":\"2024-03-01\"           | \"decidedOn\":\"2024-03-01\"          | true | true",
      "\"decidedOn\":\"2024-03-01\"           | \"decidedOn\":\"2024-03\\u002d01\"  | false | true",
      "\"decidedOn\":\"2024-03-01\"           | \"decidedOn\":\"2024-03\\\"01\"       | false | false",
      "\"decidedOn\":\"2024-03-01\"           | \"decidedOn\":\"2024-03-0\"           | false | false",
      "\"decidedOn\":\"2024-03-01\"           | \"decidedOn\":\"2024-03-011\"         | false | false",
      "\"decidedOn\":\"2024-03-01\"           | \"decidedOn\":\"2024-03-0１\"          | false | false",
      "\"decidedOn\":\"2024-03-01\"           | \"decidedOn\":\"2024-03-0\t\"         | false | false",
      "\"decidedOn\":\"2024-03-01\"           | \"decidedOn\":\"2024-03\\n1\"         | false | false",
      "\"decidedOn\":\"2024-03-01\"           | \"decidedOn\":\"2024-0é-1\"           | false | false",
      "\"authorityUscc\":\"11230500001755309F\" | \"authorityUscc\":\"11230500001755309f\" | false | false",
      "\"authorityUscc\":\"11230500001755309F\" | \"authorityUscc\":\"1123050000175530\\F\" | false | false",
      "\"authorityUscc\":\"11230500001755309F\" | \"authorityUscc\":\"112305000017553\"9F\" | false | false",
      "\"divisionCode\":\"110105\"             | \"divisionCode\":\"11010\\u0035\"     | false | true",
      "\"divisionCode\":\"110105\"             | \"divisionCode\":\"11010é\"            | false | false",
      "\"idNumber\":\"11010519491231002X\"     | \"idNumber\":\"11010519491231002x\"     | false | false",
      "\"idNumber\":\"11010519491231002X\"     | \"idNumber\":\"11010519491231002\\u0058\" | false | true",
      "\"schemaVersion\":\"1.0\"               | \"schemaVersion\":\"1\\u002e0\"       | false | true",
      "\"schemaVersion\":\"1.0\"               | \"schemaVersion\":\"1.0 \"             | false | false"})
  void fixedLengthValuesAreStillCheckedByteByByte(String from, String to, boolean passes, boolean valid) {
    assertThat(Fixtures.OFFICIAL).contains(from.trim());
    String text = Fixtures.OFFICIAL.replace(from.trim(), to.trim());
    assertThat(clean(text) != null).as(text).isEqualTo(passes);
    impliesNoProblem(text);
    assertThat(validator.validate(text).isEmpty()).as(text).isEqualTo(valid);
  }

  /**
   * A unit of jurisdiction is matched by its bytes against the registry's units (SPEC §3.1 jurisdiction): only a
   * known code passes (bound as that code), a prefix, an extension, another case or an escape does not; a unit
   * added to the registry passes with a fast path made from it.
   */
  @Test
  void matchesOnlyKnownUnitCodes() {
    String official = Fixtures.OFFICIAL;
    assertThat(bind(official).jurisdiction()).isEqualTo("SHENFU");
    assertThat(bind(official.replace("\"SHENFU\"", "\"CN\"")).jurisdiction()).isEqualTo("CN");
    for (String other : new String[] {"SHENF", "SHENFUX", "shenfu", "C", "CX", "ZHASHUI", "SHENF\\u0055"}) {
      String text = official.replace("\"SHENFU\"", "\"" + other + "\"");
      assertThat(clean(text)).as(other).isNull();
      impliesNoProblem(text);
    }
    JurisdictionUnits units = JurisdictionUnits.standard().with("ZHASHUI", "柞水县", "Zhashui", "611026");
    FastCheck withZhashui = new FastCheck(units, RecordWalk.knownDivisions(DivisionRegistry.national()));
    byte[] zhashui = utf8(official.replace("\"SHENFU\"", "\"ZHASHUI\""));
    assertThat(withZhashui.bind(zhashui, 0, zhashui.length).jurisdiction()).isEqualTo("ZHASHUI");
  }

  /**
   * R-ID-3: the fast path made from a registry (its codes read as numbers) knows exactly the division codes of a
   * fast path made from a plain set of the same code strings: every code of the national list, its neighbours,
   * and the ends of the range.
   */
  @Test
  void aRegistryAndAPlainSetOfItsCodesKnowTheSameDivisions() {
    DivisionRegistry registry = DivisionRegistry.national();
    FastCheck fromSet = new FastCheck(JurisdictionUnits.standard(), new java.util.HashSet<>(registry.codes().keySet()));
    java.util.TreeSet<Integer> probes = new java.util.TreeSet<>(List.of(0, 1, 99_999, 100_000, 999_998, 999_999));
    for (String code : registry.codes().keySet()) {
      int v = Integer.parseInt(code);
      probes.addAll(List.of(v - 1, v, v + 1));
    }
    int known = 0;
    for (int v : probes) {
      if (v < 0 || v > 999_999) {
        continue;
      }
      String code = String.format(java.util.Locale.ROOT, "%06d", v);
      byte[] text = utf8(Fixtures.ORG.replace("\"divisionCode\":\"611026\"", "\"divisionCode\":\"" + code + "\""));
      String viaRegistry = fast.clean(text, 0, text.length);
      assertThat(viaRegistry).as(code).isEqualTo(fromSet.clean(text, 0, text.length));
      known += viaRegistry == null ? 0 : 1;
    }
    // the organisation fixture is clean with any known code: every code of the list passed, and no other
    assertThat(known).isEqualTo(registry.codes().size());
  }
}
