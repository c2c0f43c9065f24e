package org.chengxin.rules;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a profile parameter comes from: a clause citation such as {@code seed:zhashui-2021:五(三)5} or
 * {@code 发改办财金〔2019〕527号}, or {@code [default] <rationale>} for Chengxin's own choice; and whether the
 * citation was verified against the source text ({@code [unverified]} values come from secondary sources).
 */
@Value.Immutable
public abstract class Basis {

  /** The citation, e.g. {@code seed:zhashui-2021:五(三)5}, or {@code [default] …}. */
  @Value.Parameter
  public abstract String citation();

  /** Whether the citation was checked against the source. */
  @Value.Parameter
  public abstract boolean verified();

  /**
   * A short quotation or explanation of the cited text, for readers (e.g. {@code 取消当年参加各类荣誉评选资格});
   * outputs cite {@link #citation()} only.
   */
  public abstract Optional<String> note();

  /** Whether this is Chengxin's own default rather than a cited rule. */
  public final boolean isDefault() {
    return citation().startsWith("[default]");
  }

  public static Basis of(String citation, boolean verified) {
    return ImmutableBasis.of(citation, verified);
  }

  /** A basis with a note, e.g. {@code Basis.of("seed:shenfu-2022:9", true, "取消当年参加各类荣誉评选资格")}. */
  public static Basis of(String citation, boolean verified, String note) {
    return ((ImmutableBasis) ImmutableBasis.of(citation, verified)).withNote(note);
  }

  @Override
  public String toString() {
    return citation() + (verified() ? "" : " [unverified]");
  }
}
