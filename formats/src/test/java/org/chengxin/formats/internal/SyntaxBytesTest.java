package org.chengxin.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.chengxin.core.CitizenIdNumber;
import org.chengxin.core.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path's byte forms of the scalar checks give the String forms' verdicts and values (SPEC §3). */
class SyntaxBytesTest {

  private static byte[] ascii(String s) {
    return ("xx" + s + "yy").getBytes(StandardCharsets.UTF_8); // read at offset 2: no form may read past its end
  }

  /** Instants: the value read from bytes is the one {@link Syntax#instant(String)} makes. */
  @ParameterizedTest
  @ValueSource(strings = {"2024-03-08T09:30:00+08:00", "2024-03-08T09:30:00Z", "2024-03-08T09:30:00-00:00",
      "2021-02-23T08:26:59.41-05:30", "2000-02-29T23:59:59.123456789+18:00", "1999-12-31T00:00:00.1-18:00",
      "2024-03-08T09:30:00+05:50", "2024-03-08T09:30:00+14:45",
      // not instants: no zone, hour 24, offset over 18:00, 10 fraction digits, 2023-02-29, lower-case z
      "2024-03-08T09:30:00", "2024-03-08T24:00:00Z", "2024-03-08T09:30:00+18:01", "2024-03-08T09:30:00.1234567891Z",
      "2023-02-29T09:30:00Z", "2024-03-08T09:30:00z", "2024-03-08 09:30:00Z", "2024-03-08T09:30:00.Z"})
  void instantsFromBytes(String s) {
    byte[] b = ascii(s);
    OffsetDateTime expected = Syntax.instant(s);
    assertThat(Syntax.isInstant(b, 2, s.length())).isEqualTo(expected != null);
    if (expected != null) {
      assertThat(Syntax.instant(b, 2, s.length())).isEqualTo(expected);
      assertThat(Syntax.instant(b, 2, s.length()).getOffset()).isEqualTo(expected.getOffset());
    }
  }

  /** Money (R-ID-5): the byte form accepts exactly what moneyProblem finds nothing in. */
  @ParameterizedTest
  @ValueSource(strings = {"0", "0.5", "0.50", "1000.00", "12", "", "-1", "01", "1.", "1.234", ".5", "1e3", "1,000",
      "１０"})
  void moneyFromBytes(String s) {
    byte[] b = ascii(s);
    assertThat(Syntax.isMoney(b, 2, b.length - 4)).as(s).isEqualTo(Syntax.moneyProblem(s) == null);
  }

  /** Dates: strict YYYY-MM-DD real dates, as the String form. */
  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2024-04-31", "2024-12-31",
      "2024-13-01", "2024-00-10", "2024-1-10", "20240110", "0000-01-01"})
  void datesFromBytes(String s) {
    byte[] b = ascii(s);
    int d = Syntax.date(b, 2, s.length());
    assertThat(d >= 0).as(s).isEqualTo(Syntax.date(s) != null);
    if (d >= 0) {
      assertThat(Syntax.localDate(d)).isEqualTo(Syntax.date(s));
    }
  }

  /**
   * Packed words (seed 11): {@link Syntax#matches} agrees with a byte-by-byte comparison, for names of 1 to 30
   * bytes at every offset of short arrays (so the last word is read both in the array and, near its end, byte
   * by byte), with one byte changed anywhere, and never looks past the compared range.
   */
  @Test
  void matchesComparesExactlyTheRange() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 20_000; round++) {
      int len = 1 + random.nextInt(30);
      byte[] name = new byte[len];
      for (int k = 0; k < len; k++) {
        name[k] = (byte) (0x20 + random.nextInt(0x5F));
      }
      long[] words = Syntax.words(new String(name, StandardCharsets.ISO_8859_1));
      byte[] b = new byte[len + random.nextInt(12)];
      int off = random.nextInt(b.length - len + 1);
      for (int k = 0; k < b.length; k++) {
        b[k] = (byte) random.nextInt(256); // garbage around the range, which must not matter
      }
      System.arraycopy(name, 0, b, off, len);
      if (random.nextBoolean()) {
        b[off + random.nextInt(len)] ^= (byte) (1 << random.nextInt(8));
      }
      boolean expected = Arrays.equals(b, off, off + len, name, 0, len);
      assertThat(Syntax.matches(b, off, words, len)).as("round %d", round).isEqualTo(expected);
    }
  }

  /** Two digits: every pair of byte values, so every neighbour of '0' and '9' and every byte over 0x7F. */
  @Test
  void digitsOfEveryBytePair() {
    for (int x = 0; x < 256; x++) {
      for (int y = 0; y < 256; y++) {
        byte[] b = {(byte) x, (byte) y};
        boolean digits = x >= '0' && x <= '9' && y >= '0' && y <= '9';
        assertThat(Syntax.digits2(b, 0)).as("%d %d", x, y).isEqualTo(digits ? (x - '0') * 10 + y - '0' : -1);
      }
    }
    assertThat(Syntax.digits4("2024".getBytes(StandardCharsets.US_ASCII), 0)).isEqualTo(2024);
    assertThat(Syntax.digits4("20:4".getBytes(StandardCharsets.US_ASCII), 0)).isEqualTo(-1);
    assertThat(Syntax.digits4("/024".getBytes(StandardCharsets.US_ASCII), 0)).isEqualTo(-1);
  }

  /** Six-digit division codes: the byte form agrees with the String form. */
  @ParameterizedTest
  @ValueSource(strings = {"110000", "000000", "999999", "11000", "1100000", "11000a", "/10000", "11:000", "１１００００"})
  void sixDigitsFromBytes(String s) {
    byte[] b = ascii(s);
    int v = Syntax.sixDigits(b, 2, b.length - 4);
    assertThat(v >= 0).as(s).isEqualTo(Syntax.isSixDigits(s));
    if (v >= 0) {
      assertThat(v).isEqualTo(Integer.parseInt(s));
    }
  }

  /**
   * Amounts (R-ID-5): the value read from bytes equals {@code new BigDecimal(text)} with its scale, for fixed
   * edge cases and for random canonical amounts of 1 to 30 integer digits (seed 17).
   */
  @Test
  void moneyValuesFromBytes() {
    SplittableRandom random = new SplittableRandom(17);
    java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("0", "0.5", "0.50", "0.05", "1",
        "10", "100.00", "999999999999999999", "999999999999999.99", "9999999999999999.9", "9999999999999999999",
        "1000000000000000000.00", "9223372036854775807", "92233720368547758.07"));
    for (int k = 0; k < 5_000; k++) {
      StringBuilder t = new StringBuilder();
      int digits = 1 + random.nextInt(30);
      t.append(digits == 1 ? (char) ('0' + random.nextInt(10)) : (char) ('1' + random.nextInt(9)));
      for (int d = 1; d < digits; d++) {
        t.append((char) ('0' + random.nextInt(10)));
      }
      int frac = random.nextInt(3);
      if (frac > 0) {
        t.append('.');
        for (int d = 0; d < frac; d++) {
          t.append((char) ('0' + random.nextInt(10)));
        }
      }
      texts.add(t.toString());
    }
    for (String s : texts) {
      byte[] b = ascii(s);
      assertThat(Syntax.isMoney(b, 2, s.length())).as(s).isTrue();
      BigDecimal v = Syntax.money(b, 2, s.length());
      BigDecimal expected = new BigDecimal(s);
      assertThat(v).as(s).isEqualTo(expected); // equals: value and scale
      assertThat(v.scale()).as(s).isEqualTo(expected.scale());
      assertThat(v.toPlainString()).as(s).isEqualTo(s);
    }
  }

  /**
   * USCCs over bytes (R-ID-1), seed 29: the verdict of core's {@code UnifiedSocialCreditCode.check} (the oracle)
   * for valid codes, codes with one character replaced by any byte (lower case, non-ASCII, a near miss), and
   * wrong lengths.
   */
  @Test
  void usccVerdictsFromBytes() {
    SplittableRandom random = new SplittableRandom(29);
    String alphabet = org.chengxin.core.UnifiedSocialCreditCode.ALPHABET;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder body = new StringBuilder();
      for (int k = 0; k < 17; k++) {
        body.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      byte[] code = (body.toString() + org.chengxin.core.UnifiedSocialCreditCode.checkCharacter(body))
          .getBytes(StandardCharsets.ISO_8859_1);
      int kind = random.nextInt(4);
      if (kind == 1) {
        code[random.nextInt(18)] = (byte) random.nextInt(256);
      } else if (kind == 2) {
        code[random.nextInt(18)] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
      } else if (kind == 3) {
        code = Arrays.copyOf(code, random.nextInt(20));
      }
      String text = new String(code, StandardCharsets.ISO_8859_1);
      int expected = org.chengxin.core.UnifiedSocialCreditCode.check(text)
          .map(e -> e.code() == org.chengxin.core.ProblemCode.USCC_CHECKSUM ? Syntax.CHECKSUM : Syntax.FORMAT)
          .orElse(Syntax.OK);
      byte[] b = new byte[code.length + 4];
      System.arraycopy(code, 0, b, 2, code.length);
      assertThat(Syntax.uscc(b, 2, code.length)).as(text).isEqualTo(expected);
    }
  }

  /** {@link Syntax#head}: the first bytes of a range as a word, at every offset, up to the array's very end. */
  @Test
  void headReadsOnlyTheRange() {
    SplittableRandom random = new SplittableRandom(31);
    for (int round = 0; round < 5_000; round++) {
      byte[] b = new byte[1 + random.nextInt(20)];
      for (int k = 0; k < b.length; k++) {
        b[k] = (byte) random.nextInt(256);
      }
      int off = random.nextInt(b.length);
      int len = 1 + random.nextInt(b.length - off);
      long expected = 0;
      for (int k = Math.min(len, 8) - 1; k >= 0; k--) {
        expected = expected << 8 | (b[off + k] & 0xFF);
      }
      assertThat(Syntax.head(b, off, len)).as("%s %d %d", Arrays.toString(b), off, len).isEqualTo(expected);
    }
  }

  /** Dates from their numbers, kept or not (years in and out of the kept range): equal to LocalDate.of. */
  @ParameterizedTest
  @ValueSource(ints = {19700101, 20240229, 20991231, 19691231, 21000101, 10101, 99991231, 20150615, 20261130})
  void localDatesFromNumbers(int yyyymmdd) {
    java.time.LocalDate expected = java.time.LocalDate.of(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    assertThat(Syntax.localDate(yyyymmdd)).isEqualTo(expected);
    assertThat(Syntax.localDate(yyyymmdd)).isEqualTo(expected); // again: from the cache when kept
  }

  /**
   * Citizen ID numbers (R-ID-2): the fast path's verdicts, from a String and from bytes, are core's
   * {@link CitizenIdNumber#check} (which the binder relies on: a number the fast path accepts must parse). Birth
   * years 0000–0003 and 1999–2001, months 00–13 and days 00–32, with the right check character half of the time.
   */
  @Test
  void citizenIdsAsCoreSays() {
    SplittableRandom random = new SplittableRandom(20261123);
    int[] years = {0, 1, 2, 3, 1999, 2000, 2001};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder body = new StringBuilder("110105");
      body.append(String.format(java.util.Locale.ROOT, "%04d%02d%02d", years[random.nextInt(years.length)],
          random.nextInt(14), random.nextInt(33)));
      body.append(String.format(java.util.Locale.ROOT, "%03d", random.nextInt(1000)));
      String id = body + (random.nextBoolean() ? String.valueOf(CitizenIdNumber.checkCharacter(body))
          : String.valueOf("0123456789Xx".charAt(random.nextInt(12))));
      int expected = CitizenIdNumber.check(id).map(e -> e.code() == ProblemCode.ID_FORMAT ? Syntax.FORMAT
          : e.code() == ProblemCode.ID_BIRTHDATE ? Syntax.BIRTHDATE : Syntax.CHECKSUM).orElse(Syntax.OK);
      assertThat(Syntax.citizenId(id)).as(id).isEqualTo(expected);
      assertThat(Syntax.citizenId(ascii(id), 2, 18)).as(id).isEqualTo(expected);
    }
  }

  /** The number that once validated clean and then failed to bind: birth date 0000-01-01. */
  @Test
  void yearZeroIsNoBirthDate() {
    String id = "110105000001010028"; // 1·7+1·9+1·5+5·4+1·9+1·5+2·2 = 59, 59 mod 11 = 4 → "10X98765432"[4] = '8'
    assertThat(CitizenIdNumber.check(id).map(e -> e.code())).contains(ProblemCode.ID_BIRTHDATE);
    assertThat(Syntax.citizenId(id)).isEqualTo(Syntax.BIRTHDATE);
    assertThat(Syntax.birthDate(id)).isNull();
  }
}
