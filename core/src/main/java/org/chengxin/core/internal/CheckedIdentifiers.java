package org.chengxin.core.internal;

import org.chengxin.core.UnifiedSocialCreditCode;

/**
 * Not API (may change without notice): identifiers made from text that the caller has already checked with exactly
 * the checks of their {@code parse}, so that the text is not checked twice. {@code org.chengxin.formats}' one-pass
 * record check checks every byte of a USCC before it binds the record, and then makes the code here.
 *
 * <p>Text that was not checked that way would make an invalid identifier: only such a caller may use this. (With
 * assertions enabled, as in the tests, the text is checked anyway.) Core lends its private constructor through
 * {@link #install}, the only way a class can hand it to another package without reflection.
 */
public final class CheckedIdentifiers {

  /** Makes a USCC without checking it again: {@link UnifiedSocialCreditCode}'s own, handed over by {@link #install}. */
  public interface UsccMaker {
    /** The code of text that {@link UnifiedSocialCreditCode#isValid} accepts. */
    UnifiedSocialCreditCode make(String checked);
  }

  private static volatile UsccMaker uscc;

  private CheckedIdentifiers() {}

  /**
   * Takes {@link UnifiedSocialCreditCode}'s maker, once: called by that class while it is initialised.
   *
   * @throws IllegalStateException when a maker came before, or this one is not a nested class of
   *     {@link UnifiedSocialCreditCode}
   */
  public static synchronized void install(UsccMaker maker) {
    if (uscc != null || maker.getClass().getNestHost() != UnifiedSocialCreditCode.class) {
      throw new IllegalStateException("the USCC maker is UnifiedSocialCreditCode's own, installed once");
    }
    uscc = maker;
  }

  /**
   * The USCC of text that the caller has checked: equal to {@code UnifiedSocialCreditCode.parse(checked)}, without
   * checking it again. Example: {@code CheckedIdentifiers.uscc("11230500001755309F")}.
   */
  public static UnifiedSocialCreditCode uscc(String checked) {
    UsccMaker maker = uscc;
    if (maker == null) {
      UnifiedSocialCreditCode.isValid(null); // initialises the class, which installs its maker
      maker = uscc;
    }
    return maker.make(checked);
  }
}
