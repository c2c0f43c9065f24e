package org.chengxin.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Codes by their bytes (SPEC §3: codes are exact, case-sensitive enum names): each constant and nothing else. */
class EnumCodesTest {

  private static final List<EnumCodes<?>> ALL = List.of(EnumCodes.SUBJECT_KIND, EnumCodes.LEVEL,
      EnumCodes.CATEGORY, EnumCodes.DOMAIN, EnumCodes.TIER, EnumCodes.DISCLOSURE, EnumCodes.SOCIAL_IMPACT,
      EnumCodes.PENALTY_TYPE, EnumCodes.SANCTION_SYSTEM, EnumCodes.SANCTION_TYPE, EnumCodes.EVENT_TYPE,
      EnumCodes.OUTCOME, EnumCodes.MITIGATION, EnumCodes.GROUND);

  /** The bytes of {@code s} at offset 3 of a larger array, followed by a quote and garbage. */
  private static Object get(EnumCodes<?> codes, String s) {
    byte[] text = ("{\"x" + s + "\"ZZZZZZZZZZZZ").getBytes(StandardCharsets.UTF_8);
    return codes.get(text, 3, s.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void findsEveryConstantByItsExactName() {
    for (EnumCodes<?> codes : ALL) {
      for (String name : codes.list().split(", ")) {
        Object found = get(codes, name);
        assertThat(found).as(name).isNotNull();
        assertThat(((Enum<?>) found).name()).isEqualTo(name);
        // at the very end of the array too (no room for a whole last word)
        byte[] tight = name.getBytes(StandardCharsets.US_ASCII);
        assertThat(codes.get(tight, 0, tight.length)).isSameAs(found);
      }
    }
  }

  @Test
  void findsNoNearName() {
    for (EnumCodes<?> codes : ALL) {
      for (String name : codes.list().split(", ")) {
        assertThat(get(codes, name.toLowerCase(Locale.ROOT))).as(name).isNull();
        assertThat(get(codes, name.substring(1))).as(name).isNull();
        assertThat(get(codes, name.substring(0, name.length() - 1))).as(name).isNull();
        assertThat(get(codes, name + "_")).as(name).isNull();
        assertThat(get(codes, " " + name)).as(name).isNull();
        // one letter changed in the middle: same length, first and last byte
        char[] c = name.toCharArray();
        c[c.length / 2] = c[c.length / 2] == 'Q' ? 'J' : 'Q';
        assertThat(get(codes, new String(c))).as(name).isNull();
        // a non-ASCII letter in place of one
        c = name.toCharArray();
        c[c.length / 2] = 'É';
        assertThat(get(codes, new String(c))).as(name).isNull();
      }
      assertThat(get(codes, "")).isNull();
    }
  }
}
