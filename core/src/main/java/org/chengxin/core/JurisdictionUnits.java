package org.chengxin.core;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The registry of non-standard jurisdiction units (SPEC §3.1): units without a GB/T 2260 code, such as
 * {@code CN} 全国 and {@code SHENFU} 沈抚改革创新示范区. Immutable; profiles extend it with {@link #with}.
 *
 * <p>A record's {@code jurisdiction} is either a 6-digit division code or a unit code matching
 * {@code [A-Z][A-Z0-9_]{1,31}}; an unknown code of either form is {@code DIVISION_UNKNOWN} (a warning), any
 * other text {@code DIVISION_FORMAT}.
 */
public final class JurisdictionUnits {

  /** The form of a non-standard unit code. */
  public static final Pattern UNIT_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

  /** A unit: its code, Chinese and English names, and the division it lies in (none for {@code CN}). */
  public static final class Unit implements Labelled {
    private final String code;
    private final String zh;
    private final String en;
    private final String parentDivision;

    Unit(String code, String zh, String en, String parentDivision) {
      this.code = code;
      this.zh = zh;
      this.en = en;
      this.parentDivision = parentDivision;
    }

    /** The unit code, e.g. {@code SHENFU}. */
    public String code() {
      return code;
    }

    @Override
    public String zh() {
      return zh;
    }

    @Override
    public String en() {
      return en;
    }

    /** The GB/T 2260 division the unit lies in, if any. */
    public Optional<String> parentDivision() {
      return Optional.ofNullable(parentDivision);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Unit)) {
        return false;
      }
      Unit u = (Unit) o;
      return code.equals(u.code) && zh.equals(u.zh) && en.equals(u.en)
          && Objects.equals(parentDivision, u.parentDivision);
    }

    @Override
    public int hashCode() {
      return Objects.hash(code, zh, en, parentDivision);
    }

    /** The code and Chinese name, e.g. {@code SHENFU 沈抚改革创新示范区}. */
    @Override
    public String toString() {
      return code + " " + zh;
    }
  }

  private static final JurisdictionUnits STANDARD = new JurisdictionUnits(new TreeMap<>())
      .with("CN", "全国", "China (national)", null)
      .with("SHENFU", "沈抚改革创新示范区", "Shenfu Reform and Innovation Demonstration Zone", "210000");

  private final Map<String, Unit> units;

  private JurisdictionUnits(Map<String, Unit> units) {
    this.units = Collections.unmodifiableMap(units);
  }

  /** The units core ships: {@code CN} and {@code SHENFU}. */
  public static JurisdictionUnits standard() {
    return STANDARD;
  }

  /**
   * A registry with one more unit (replacing a unit with the same code).
   *
   * @param parentDivision the 6-digit division the unit lies in, or null
   * @throws IllegalArgumentException if the code is not of the unit form or the parent is not 6 digits
   */
  public JurisdictionUnits with(String code, String zh, String en, String parentDivision) {
    requireNonNull(code, "code");
    if (!UNIT_CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("'" + code + "' is not a unit code [A-Z][A-Z0-9_]{1,31}");
    }
    if (parentDivision != null && !DivisionCode.isValid(parentDivision)) {
      throw new IllegalArgumentException("parent division '" + parentDivision + "' of unit " + code
          + " is not a 6-digit division code");
    }
    Map<String, Unit> copy = new TreeMap<>(units);
    copy.put(code, new Unit(code, requireNonNull(zh, "zh"), requireNonNull(en, "en"), parentDivision));
    return new JurisdictionUnits(copy);
  }

  /** The unit with this code. */
  public Optional<Unit> unit(String code) {
    return Optional.ofNullable(units.get(code));
  }

  /**
   * Whether a record's {@code jurisdiction} is known: a unit of this registry, or a division code the national
   * {@link DivisionRegistry} knows. An unknown code of either form is a warning {@code DIVISION_UNKNOWN}.
   */
  public boolean isKnown(String jurisdiction) {
    return jurisdiction != null
        && (units.containsKey(jurisdiction) || DivisionRegistry.national().isKnown(jurisdiction));
  }

  /**
   * What is wrong with the form of a {@code jurisdiction}, or empty when it is a 6-digit division code or a unit
   * code (known or not): {@code DIVISION_FORMAT} otherwise.
   */
  public static Optional<IdentifierException> checkForm(CharSequence jurisdiction) {
    requireNonNull(jurisdiction, "jurisdiction");
    String s = jurisdiction.toString();
    if (DivisionCode.isValid(s) || UNIT_CODE.matcher(s).matches()) {
      return Optional.empty();
    }
    return Optional.of(new IdentifierException(ProblemCode.DIVISION_FORMAT, s,
        "既不是 6 位区划代码，也不是非标准单位代码 [A-Z][A-Z0-9_]{1,31}",
        "neither a 6-digit division code nor a unit code [A-Z][A-Z0-9_]{1,31}"));
  }

  /** Every unit, by code. */
  public Map<String, Unit> units() {
    return units;
  }
}
