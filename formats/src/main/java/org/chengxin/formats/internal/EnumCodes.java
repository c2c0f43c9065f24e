package org.chengxin.formats.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.chengxin.core.AdministrativeLevel;
import org.chengxin.core.Category;
import org.chengxin.core.DisclosureRestriction;
import org.chengxin.core.Domain;
import org.chengxin.core.EventType;
import org.chengxin.core.MitigationDecision;
import org.chengxin.core.MitigationGround;
import org.chengxin.core.ObjectionOutcome;
import org.chengxin.core.PenaltyType;
import org.chengxin.core.SanctionSystem;
import org.chengxin.core.SanctionType;
import org.chengxin.core.SocialImpact;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;

/**
 * The codes of one enum by their exact (case-sensitive) name, looked up without exceptions.
 *
 * @param <E> the enum
 */
public final class EnumCodes<E extends Enum<E>> {

  // First: the constants below use it while they are made.
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  public static final EnumCodes<SubjectKind> SUBJECT_KIND = new EnumCodes<>(SubjectKind.class);
  public static final EnumCodes<AdministrativeLevel> LEVEL = new EnumCodes<>(AdministrativeLevel.class);
  public static final EnumCodes<Category> CATEGORY = new EnumCodes<>(Category.class);
  public static final EnumCodes<Domain> DOMAIN = new EnumCodes<>(Domain.class);
  public static final EnumCodes<Tier> TIER = new EnumCodes<>(Tier.class);
  public static final EnumCodes<DisclosureRestriction> DISCLOSURE =
      new EnumCodes<>(DisclosureRestriction.class);
  public static final EnumCodes<SocialImpact> SOCIAL_IMPACT = new EnumCodes<>(SocialImpact.class);
  public static final EnumCodes<PenaltyType> PENALTY_TYPE = new EnumCodes<>(PenaltyType.class);
  public static final EnumCodes<SanctionSystem> SANCTION_SYSTEM = new EnumCodes<>(SanctionSystem.class);
  public static final EnumCodes<SanctionType> SANCTION_TYPE = new EnumCodes<>(SanctionType.class);
  public static final EnumCodes<EventType> EVENT_TYPE = new EnumCodes<>(EventType.class);
  public static final EnumCodes<ObjectionOutcome> OUTCOME = new EnumCodes<>(ObjectionOutcome.class);
  public static final EnumCodes<MitigationDecision> MITIGATION = new EnumCodes<>(MitigationDecision.class);
  public static final EnumCodes<MitigationGround> GROUND = new EnumCodes<>(MitigationGround.class);

  private final Map<String, E> byName = new HashMap<>();
  private final String list;
  /** Open addressing by {@link #hash} of the name, for {@link #get(byte[], int, int)}. */
  private final E[] slots;
  /**
   * By slot: the name's bytes as {@link Syntax#words}, its length, and its first and last eight bytes as
   * {@link Syntax#head} and {@link #last} read them (for a name of up to 16 bytes: all of it).
   */
  private final long[][] words;
  private final int[] lengths;
  private final long[] firsts;
  private final long[] lasts;

  private EnumCodes(Class<E> type) {
    StringJoiner joiner = new StringJoiner(", ");
    E[] constants = type.getEnumConstants();
    for (E e : constants) {
      byName.put(e.name(), e);
      joiner.add(e.name());
    }
    this.list = joiner.toString();
    int size = Integer.highestOneBit(constants.length * 4 - 1) << 1;
    this.slots = Arrays.copyOf(constants, size);
    Arrays.fill(slots, null);
    this.words = new long[size][];
    this.lengths = new int[size];
    this.firsts = new long[size];
    this.lasts = new long[size];
    for (E e : constants) {
      byte[] name = e.name().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      long first = Syntax.head(name, 0, name.length);
      long last = last(name, 0, name.length, first);
      int i = hash(first, last, name.length) & (size - 1);
      while (slots[i] != null) {
        i = (i + 1) & (size - 1);
      }
      slots[i] = e;
      words[i] = Syntax.words(e.name());
      lengths[i] = name.length;
      firsts[i] = first;
      lasts[i] = last;
    }
  }

  /** The constant with exactly this name, or null. */
  public E get(String name) {
    return byName.get(name);
  }

  /**
   * The constant whose name is exactly the ASCII bytes {@code buf[offset, offset + length)}, or null (a byte
   * outside ASCII matches no name).
   */
  public E get(byte[] buf, int offset, int length) {
    if (length == 0) {
      return null; // no constant has an empty name
    }
    long first = Syntax.head(buf, offset, length);
    long last = last(buf, offset, length, first);
    int mask = slots.length - 1;
    for (int i = hash(first, last, length) & mask; slots[i] != null; i = (i + 1) & mask) {
      if (lengths[i] == length && firsts[i] == first && lasts[i] == last
          && (length <= 16 || Syntax.matches(buf, offset, words[i], length))) {
        return slots[i];
      }
    }
    return null;
  }

  /** The last eight bytes of a name as a little-endian word; a name under eight bytes: its {@code first}. */
  private static long last(byte[] b, int offset, int length, long first) {
    return length < 8 ? first : (long) LONGS.get(b, offset + length - 8);
  }

  /** A hash of a name from its first and last eight bytes and its length. */
  private static int hash(long first, long last, int length) {
    long x = (first * 0x9E3779B97F4A7C15L + last + length) * 0xC2B2AE3D27D4EB4FL;
    return (int) (x >>> 40);
  }

  /** Every name, comma-separated, in declaration order. */
  public String list() {
    return list;
  }
}
