package org.chengxin.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * 失信主体 — who a record is about (SPEC §3.2): an organisation (identified by its USCC) or a public official
 * (identified by a citizen ID number, personal data).
 */
@Value.Immutable
public abstract class Subject {

  /** The kind of subject. */
  public abstract SubjectKind kind();

  /** Name of the organisation or the official (1–200 characters). A natural person's name is personal data. */
  public abstract String name();

  /** The organisation's USCC; absent for officials. */
  public abstract Optional<UnifiedSocialCreditCode> uscc();

  /** Administrative level of a GOVERNMENT or DEPARTMENT. */
  public abstract Optional<AdministrativeLevel> level();

  /** The organisation's division code. */
  public abstract Optional<DivisionCode> divisionCode();

  /** The official's citizen ID number. */
  public abstract Optional<CitizenIdNumber> idNumber();

  /** The official's employer. */
  public abstract Optional<String> employerName();

  /** The official's employer's USCC. */
  public abstract Optional<UnifiedSocialCreditCode> employerUscc();

  /** The official's position. */
  public abstract Optional<String> position();

  /** 公务员 (true) or another 公职人员; as given (absent means true for officials). Informative only. */
  public abstract Optional<Boolean> civilServant();

  /** 主要负责人 of an organisation; informative. */
  public abstract Optional<String> principalName();

  /**
   * The unit the record belongs to for evaluation: the organisation's USCC, or the official's employer's.
   */
  public final Optional<UnifiedSocialCreditCode> unitUscc() {
    return kind().isOrganisation() ? uscc() : employerUscc();
  }

  /** Whether the subject is a natural person, whose name and ID are masked in public outputs. */
  public final boolean isNaturalPerson() {
    return kind() == SubjectKind.PUBLIC_OFFICIAL;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Subject}. */
  public static final class Builder extends ImmutableSubject.Builder {
    Builder() {}
  }
}
