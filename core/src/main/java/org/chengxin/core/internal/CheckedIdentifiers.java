package org.chengxin.core.internal;

import java.time.LocalDate;
import org.chengxin.core.CitizenIdNumber;
import org.chengxin.core.UnifiedSocialCreditCode;

/**
 * Not API (may change without notice): identifiers made from text that the caller has already checked with exactly
 * the checks of their {@code parse}, so that the text is not checked twice. {@code org.chengxin.formats}' one-pass
 * record check checks every byte of a USCC or a citizen ID number before it binds the record, and then makes the
 * identifier here.
 *
 * <p>Text that was not checked that way would make an invalid identifier: only such a caller may use this. (With
 * assertions enabled, as in the tests, the text is checked anyway.) Core lends its private constructors through
 * {@link #install}, the only way a class can hand it to another package without reflection.
 */
public final class CheckedIdentifiers {

  /** Makes a USCC without checking it again: {@link UnifiedSocialCreditCode}'s own, handed over by {@link #install}. */
  public interface UsccMaker {
    /** The code of text that {@link UnifiedSocialCreditCode#isValid} accepts. */
    UnifiedSocialCreditCode make(String checked);
  }

  /** Makes a citizen ID number without checking it again: {@link CitizenIdNumber}'s own, handed over by {@link #install}. */
  public interface CitizenIdMaker {
    /** The ID number of text that {@link CitizenIdNumber#isValid} accepts, born on {@code birthDate} (its digits 7–14). */
    CitizenIdNumber make(String checked, LocalDate birthDate);
  }

  private static volatile UsccMaker uscc;
  private static volatile CitizenIdMaker citizenId;

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
   * Takes {@link CitizenIdNumber}'s maker, once: called by that class while it is initialised.
   *
   * @throws IllegalStateException when a maker came before, or this one is not a nested class of
   *     {@link CitizenIdNumber}
   */
  public static synchronized void install(CitizenIdMaker maker) {
    if (citizenId != null || maker.getClass().getNestHost() != CitizenIdNumber.class) {
      throw new IllegalStateException("the citizen ID maker is CitizenIdNumber's own, installed once");
    }
    citizenId = maker;
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

  /**
   * The citizen ID number of text that the caller has checked, with the birth date it read from it: equal to
   * {@code CitizenIdNumber.parse(checked)}, without checking it again. Example:
   * {@code CheckedIdentifiers.citizenId("11010519491231002X", LocalDate.of(1949, 12, 31))}.
   */
  public static CitizenIdNumber citizenId(String checked, LocalDate birthDate) {
    CitizenIdMaker maker = citizenId;
    if (maker == null) {
      CitizenIdNumber.isValid(null); // initialises the class, which installs its maker
      maker = citizenId;
    }
    return maker.make(checked, birthDate);
  }
}
