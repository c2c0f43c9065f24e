package org.chengxin.formats.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Character-level checks of the canonical scalar forms (SPEC §3): dates, instants, money, record IDs and
 * jurisdiction codes. No regular expressions and no exceptions on the hot path.
 */
public final class Syntax {

  /** The largest record ID, name and text lengths (SPEC §3.1, §3.2, §3.5). */
  public static final int RECORD_ID_MAX = 64;

  private Syntax() {}

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The ISO-8859-1 bytes of {@code s} packed eight to a word, little-endian (for {@link #matches}). */
  static long[] words(String s) {
    long[] w = new long[(s.length() + 7) >>> 3];
    for (int k = 0; k < s.length(); k++) {
      w[k >>> 3] |= (long) (s.charAt(k) & 0xFF) << 8 * (k & 7);
    }
    return w;
  }

  /**
   * Whether {@code b[off, off + len)} are the bytes packed in {@code w} ({@link #words}): eight bytes per
   * comparison. The caller guarantees {@code off + len <= b.length}; bytes after {@code off + len} are never
   * compared (the last word is masked).
   */
  static boolean matches(byte[] b, int off, long[] w, int len) {
    int k = 0;
    for (; k + 8 <= len; k += 8) {
      if ((long) LONGS.get(b, off + k) != w[k >>> 3]) {
        return false;
      }
    }
    int rest = len - k;
    if (rest == 0) {
      return true;
    }
    if (off + k + 8 <= b.length) {
      return (((long) LONGS.get(b, off + k) ^ w[k >>> 3]) & (-1L >>> (64 - 8 * rest))) == 0;
    }
    for (; k < len; k++) {
      if (b[off + k] != (byte) (w[k >>> 3] >>> 8 * (k & 7))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first {@code min(len, 8)} bytes of {@code b[off, off + len)} as a little-endian word, zero above them (as
   * {@link #words} packs them): one read when eight bytes fit in the array; no byte past {@code off + len} counts.
   */
  static long head(byte[] b, int off, int len) {
    if (len >= 8) {
      return (long) LONGS.get(b, off);
    }
    if (off + 8 <= b.length) {
      return (long) LONGS.get(b, off) & ((1L << 8 * len) - 1);
    }
    long word = 0;
    for (int k = off + len - 1; k >= off; k--) {
      word = word << 8 | (b[k] & 0xFF);
    }
    return word;
  }

  /** A strict {@code YYYY-MM-DD} that is a real date, or null. */
  public static LocalDate date(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 7);
    int d = digits(s, 8, 10);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > Month.of(m).length(Year.isLeap(y))) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  /**
   * A strict instant {@code YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|±HH:MM)} with a real date and time and an offset
   * within ±18:00, or null.
   */
  public static OffsetDateTime instant(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    LocalDate date = date(s.substring(0, 10));
    int h = digits(s, 11, 13);
    int mi = digits(s, 14, 16);
    int sec = digits(s, 17, 19);
    if (date == null || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) {
      return null;
    }
    int i = 19;
    int nano = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      int len = i - start;
      if (len < 1 || len > 9) {
        return null;
      }
      nano = digits(s, start, i);
      for (int k = len; k < 9; k++) {
        nano *= 10;
      }
    }
    ZoneOffset offset;
    if (i == n - 1 && s.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, i + 3);
      int om = digits(s, i + 4, i + 6);
      if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > 18 * 60) {
        return null;
      }
      int sign = s.charAt(i) == '-' ? -1 : 1;
      offset = ZoneOffset.ofTotalSeconds(sign * (oh * 3600 + om * 60));
    } else {
      return null;
    }
    return OffsetDateTime.of(date, LocalTime.of(h, mi, sec, nano), offset);
  }

  /** Why a money string is invalid (R-ID-5), as {zh, en}, or null when it is a canonical amount. */
  public static String[] moneyProblem(String s) {
    int n = s.length();
    if (n > 0 && s.charAt(0) == '-') {
      return new String[] {"金额不得为负数", "an amount must not be negative"};
    }
    int i = 0;
    if (n > 0 && s.charAt(0) == '0') {
      i = 1;
    } else {
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
    }
    if (i == 0) {
      return wrongMoneyForm();
    }
    if (i == n) {
      return null;
    }
    if (s.charAt(i) != '.') {
      return wrongMoneyForm();
    }
    int frac = n - i - 1;
    for (int k = i + 1; k < n; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return wrongMoneyForm();
      }
    }
    if (frac < 1) {
      return wrongMoneyForm();
    }
    if (frac > 2) {
      return new String[] {"最多两位小数", "at most 2 fraction digits are allowed"};
    }
    return null;
  }

  private static String[] wrongMoneyForm() {
    return new String[] {"应为不带前导零的十进制数字字符串（元），如 \"1000.00\"",
        "expected a decimal string in yuan without leading zeros, e.g. \"1000.00\""};
  }

  /** Whether every character is one of {@code [A-Za-z0-9._:-]}. */
  public static boolean isRecordIdCharset(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == ':' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Six ASCII digits. */
  public static boolean isSixDigits(String s) {
    return s.length() == 6 && digits(s, 0, 6) >= 0;
  }

  /** A non-standard unit code {@code [A-Z][A-Z0-9_]{1,31}}. */
  public static boolean isUnitCode(String s) {
    int n = s.length();
    if (n < 2 || n > 32 || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** The length in Unicode code points (what JSON Schema's maxLength counts). */
  public static int codePoints(String s) {
    return s.codePointCount(0, s.length());
  }

  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  /** A character's value in the USCC alphabet by its code (a byte's: {@code b & 0xFF}), -1 outside it. */
  private static final int[] USCC_VALUE = new int[256];
  private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  static {
    Arrays.fill(USCC_VALUE, -1);
    for (int i = 0; i < USCC_ALPHABET.length(); i++) {
      USCC_VALUE[USCC_ALPHABET.charAt(i)] = i;
    }
  }

  /** A well-formed USCC (R-ID-1). */
  public static final int OK = 0;
  /** Wrong length or a character outside the alphabet (lower case included). */
  public static final int FORMAT = 1;
  /** Wrong check character. */
  public static final int CHECKSUM = 2;
  /** Digits 7–14 of a citizen ID are not a real date. */
  public static final int BIRTHDATE = 3;

  /**
   * Checks a USCC (R-ID-1) with a lookup table: {@link #OK}, {@link #FORMAT} or {@link #CHECKSUM}. Same
   * verdict as {@code UnifiedSocialCreditCode.check}, without allocating.
   */
  public static int uscc(String s) {
    if (s.length() != 18) {
      return FORMAT;
    }
    int sum = 0;
    for (int i = 0; i < 18; i++) {
      char c = s.charAt(i);
      int v = c < 128 ? USCC_VALUE[c] : -1;
      if (v < 0) {
        return FORMAT;
      }
      if (i < 17) {
        sum += v * USCC_WEIGHTS[i];
      }
    }
    return USCC_VALUE[s.charAt(17)] == (31 - sum % 31) % 31 ? OK : CHECKSUM;
  }

  /**
   * Checks a citizen ID (R-ID-2): {@link #OK}, {@link #FORMAT}, {@link #BIRTHDATE} or {@link #CHECKSUM}, in
   * the order of {@code CitizenIdNumber.check}.
   */
  public static int citizenId(String s) {
    if (s.length() != 18) {
      return FORMAT;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return FORMAT;
      }
      sum += (c - '0') * ID_WEIGHTS[i];
    }
    char last = s.charAt(17);
    if ((last < '0' || last > '9') && last != 'X') {
      return FORMAT;
    }
    if (birthDate(s) == null) {
      return BIRTHDATE;
    }
    return "10X98765432".charAt(sum % 11) == last ? OK : CHECKSUM;
  }

  /**
   * Digits 7–14 of an ID-like string as a real date, or null. Year 0000 is not a real birth year (R-ID-2): this
   * says what {@link org.chengxin.core.CitizenIdNumber#check} says, which the binder relies on.
   */
  public static LocalDate birthDate(String s) {
    int y = digits(s, 6, 10);
    int m = digits(s, 10, 12);
    int d = digits(s, 12, 14);
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > Month.of(m).length(Year.isLeap(y))) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  // The fast path's forms over UTF-8 bytes b[off, off + len): the same verdicts as the String forms above, no
  // objects made (FastCheck).

  /** {@link #date(String)} over bytes, as {@code yyyy * 10000 + mm * 100 + dd} (ordered as the dates), or -1. */
  static int date(byte[] b, int off, int len) {
    if (len != 10 || b[off + 4] != '-' || b[off + 7] != '-') {
      return -1;
    }
    int y = digits4(b, off);
    int m = digits2(b, off + 5);
    int d = digits2(b, off + 8);
    return y < 0 || m < 1 || m > 12 || d < 1 || d > monthLength(y, m) ? -1 : y * 10000 + m * 100 + d;
  }

  /** {@link #localDate}'s dates of the years [CACHED_FROM, CACHED_FROM + CACHED_YEARS), 31 slots a month. */
  private static final int CACHED_FROM = 1970;
  private static final int CACHED_YEARS = 130;
  private static final LocalDate[] DATES = new LocalDate[CACHED_YEARS * 12 * 31];

  /**
   * The date of {@link #date(byte[], int, int)}'s number. Records repeat a few thousand days, so a date of
   * 1970–2099 is made once and kept ({@code LocalDate} is immutable and value-based: sharing it is safe; a thread
   * racing on an empty slot makes an equal date).
   */
  static LocalDate localDate(int yyyymmdd) {
    int y = yyyymmdd / 10000;
    int m = yyyymmdd / 100 % 100;
    int d = yyyymmdd % 100;
    int k = ((y - CACHED_FROM) * 12 + m - 1) * 31 + d - 1;
    if (k < 0 || k >= DATES.length) {
      return LocalDate.of(y, m, d);
    }
    LocalDate date = DATES[k];
    if (date == null) {
      date = LocalDate.of(y, m, d);
      DATES[k] = date;
    }
    return date;
  }

  private static int monthLength(int y, int m) {
    if (m == 2) {
      return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28;
    }
    return m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
  }

  /** Whether bytes are an instant {@link #instant(String)} accepts. */
  static boolean isInstant(byte[] b, int off, int n) {
    if (n < 20 || b[off + 10] != 'T' || b[off + 13] != ':' || b[off + 16] != ':' || date(b, off, 10) < 0) {
      return false;
    }
    int h = digits2(b, off + 11);
    int mi = digits2(b, off + 14);
    int sec = digits2(b, off + 17);
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) {
      return false;
    }
    int i = 19;
    if (b[off + i] == '.') {
      int start = ++i;
      while (i < n && b[off + i] >= '0' && b[off + i] <= '9') {
        i++;
      }
      if (i - start < 1 || i - start > 9) {
        return false;
      }
    }
    if (i == n - 1) {
      return b[off + i] == 'Z';
    }
    if (i != n - 6 || b[off + i] != '+' && b[off + i] != '-' || b[off + i + 3] != ':') {
      return false;
    }
    int oh = digits2(b, off + i + 1);
    int om = digits2(b, off + i + 4);
    return oh >= 0 && om >= 0 && om <= 59 && oh * 60 + om <= 18 * 60;
  }

  /**
   * The instant of bytes that {@link #isInstant(byte[], int, int)} accepts: the same value as
   * {@link #instant(String)}, read from the bytes in place.
   */
  static OffsetDateTime instant(byte[] b, int off, int n) {
    int nano = 0;
    int i = 19;
    if (b[off + i] == '.') {
      int start = ++i;
      while (i < n && b[off + i] >= '0' && b[off + i] <= '9') {
        i++;
      }
      nano = digits(b, off + start, off + i);
      for (int k = i - start; k < 9; k++) {
        nano *= 10;
      }
    }
    ZoneOffset offset = ZoneOffset.UTC;
    if (b[off + i] != 'Z') {
      int seconds = digits2(b, off + i + 1) * 3600 + digits2(b, off + i + 4) * 60;
      offset = offset(b[off + i] == '-' ? -seconds : seconds);
    }
    return OffsetDateTime.of(localDate(date(b, off, 10)), LocalTime.of(digits2(b, off + 11),
        digits2(b, off + 14), digits2(b, off + 17), nano), offset);
  }

  /** Offsets of whole quarter hours, made once (±18:00 is 72 quarters either side). */
  private static final ZoneOffset[] QUARTERS = new ZoneOffset[145];

  private static ZoneOffset offset(int seconds) {
    if (seconds % 900 != 0) {
      return ZoneOffset.ofTotalSeconds(seconds);
    }
    int q = seconds / 900 + 72;
    ZoneOffset z = QUARTERS[q];
    if (z == null) {
      z = ZoneOffset.ofTotalSeconds(seconds); // immutable: a racing thread makes an equal one
      QUARTERS[q] = z;
    }
    return z;
  }

  /** Whether bytes are a canonical amount ({@link #moneyProblem(String)} is null). */
  static boolean isMoney(byte[] b, int off, int n) {
    int i = 0;
    if (n > 0 && b[off] == '0') {
      i = 1;
    } else {
      while (i < n && b[off + i] >= '0' && b[off + i] <= '9') {
        i++;
      }
    }
    if (i == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    int frac = n - i - 1;
    if (b[off + i] != '.' || frac < 1 || frac > 2) {
      return false;
    }
    for (int k = i + 1; k < n; k++) {
      if (b[off + k] < '0' || b[off + k] > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The amount of bytes that {@link #isMoney(byte[], int, int)} accepts: equal to {@code new BigDecimal(text)},
   * scale included ({@code "0.50"} has scale 2). Up to 18 bytes the digits fit a long: no string is made.
   */
  static BigDecimal money(byte[] b, int off, int n) {
    if (n > 18) {
      return new BigDecimal(new String(b, off, n, StandardCharsets.ISO_8859_1));
    }
    long unscaled = 0;
    int scale = 0;
    for (int k = off; k < off + n; k++) {
      int c = b[k];
      if (c == '.') {
        scale = off + n - k - 1;
      } else {
        unscaled = unscaled * 10 + c - '0';
      }
    }
    return BigDecimal.valueOf(unscaled, scale);
  }

  /** {@link #isRecordIdCharset(String)} over bytes (a byte outside ASCII is not in the set). */
  static boolean isRecordIdCharset(byte[] b, int off, int n) {
    for (int i = off; i < off + n; i++) {
      byte c = b[i];
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == ':' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** {@link #isUnitCode(String)} over bytes. */
  static boolean isUnitCode(byte[] b, int off, int n) {
    if (n < 2 || n > 32 || b[off] < 'A' || b[off] > 'Z') {
      return false;
    }
    for (int i = off + 1; i < off + n; i++) {
      byte c = b[i];
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** Six ASCII digits as their number, or -1 ({@link #isSixDigits(String)}). */
  static int sixDigits(byte[] b, int off, int n) {
    if (n != 6) {
      return -1;
    }
    int hi = digits2(b, off);
    int mid = digits2(b, off + 2);
    int lo = digits2(b, off + 4);
    return (hi | mid | lo) < 0 ? -1 : hi * 10000 + mid * 100 + lo;
  }

  /** {@link #uscc(String)} over bytes: no branch per character (a value outside the alphabet is negative). */
  static int uscc(byte[] b, int off, int len) {
    if (len != 18) {
      return FORMAT;
    }
    int sum = 0;
    int values = 0;
    for (int i = 0; i < 17; i++) {
      int v = USCC_VALUE[b[off + i] & 0xFF];
      values |= v;
      sum += v * USCC_WEIGHTS[i];
    }
    int check = USCC_VALUE[b[off + 17] & 0xFF];
    if ((values | check) < 0) {
      return FORMAT;
    }
    return check == (31 - sum % 31) % 31 ? OK : CHECKSUM;
  }

  /** {@link #citizenId(String)} over bytes. */
  static int citizenId(byte[] b, int off, int len) {
    if (len != 18) {
      return FORMAT;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int c = b[off + i];
      if (c < '0' || c > '9') {
        return FORMAT;
      }
      sum += (c - '0') * ID_WEIGHTS[i];
    }
    int last = b[off + 17];
    if ((last < '0' || last > '9') && last != 'X') {
      return FORMAT;
    }
    if (birthDate(b, off) < 0) {
      return BIRTHDATE;
    }
    return "10X98765432".charAt(sum % 11) == last ? OK : CHECKSUM;
  }

  /** {@link #birthDate(String)} over the bytes of an ID-like text at {@code off}, as a date number, or -1. */
  static int birthDate(byte[] b, int off) {
    int y = digits4(b, off + 6);
    int m = digits2(b, off + 10);
    int d = digits2(b, off + 12);
    return y < 1 || m < 1 || m > 12 || d < 1 || d > monthLength(y, m) ? -1 : y * 10000 + m * 100 + d;
  }

  /** The two ASCII digits at {@code b[i]} as a number, or -1 (branch-free: a non-digit makes a sign bit). */
  static int digits2(byte[] b, int i) {
    int x = b[i] - '0';
    int y = b[i + 1] - '0';
    return (x | 9 - x | y | 9 - y) < 0 ? -1 : x * 10 + y;
  }

  /** The four ASCII digits at {@code b[i]} as a number, or -1. */
  static int digits4(byte[] b, int i) {
    int hi = digits2(b, i);
    int lo = digits2(b, i + 2);
    return (hi | lo) < 0 ? -1 : hi * 100 + lo;
  }

  private static int digits(byte[] b, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      int c = b[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** At most 100 characters of a bad value, for a problem's {@code value}. */
  public static String clip(String s) {
    return s.length() <= 100 ? s : s.substring(0, 100) + "…";
  }

  static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
