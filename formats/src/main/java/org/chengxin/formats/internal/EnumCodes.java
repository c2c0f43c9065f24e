package org.chengxin.formats.internal;

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
  /** Open addressing by {@link String#hashCode()} of the name, for {@link #get(byte[], int, int)}. */
  private final E[] slots;
  private final byte[][] asciiNames;

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
    this.asciiNames = new byte[size][];
    for (E e : constants) {
      int i = e.name().hashCode() & (size - 1);
      while (slots[i] != null) {
        i = (i + 1) & (size - 1);
      }
      slots[i] = e;
      asciiNames[i] = e.name().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
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
    int h = 0;
    for (int j = 0; j < length; j++) {
      h = 31 * h + buf[offset + j];
    }
    int mask = slots.length - 1;
    for (int i = h & mask; slots[i] != null; i = (i + 1) & mask) {
      byte[] n = asciiNames[i];
      if (n.length == length && same(n, buf, offset)) {
        return slots[i];
      }
    }
    return null;
  }

  private static boolean same(byte[] name, byte[] buf, int offset) {
    for (int j = 0; j < name.length; j++) {
      if (name[j] != buf[offset + j]) {
        return false;
      }
    }
    return true;
  }

  /** Every name, comma-separated, in declaration order. */
  public String list() {
    return list;
  }
}
