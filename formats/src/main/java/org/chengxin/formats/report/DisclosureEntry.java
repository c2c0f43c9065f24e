package org.chengxin.formats.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chengxin.core.Category;
import org.chengxin.core.Domain;
import org.chengxin.core.PenaltyType;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.immutables.value.Value;

/**
 * 公示条目 — one entry of the public disclosure list (SPEC §6), made by {@link DisclosureList#entry}: what may be
 * shown to the public about a visible record. A natural person (a {@code PUBLIC_OFFICIAL} subject) appears only
 * masked — name as first character + {@code *} per further character, ID number as first 6 + {@code ********} +
 * last 4 — never with a position; the employer (an organisation) is shown. Free texts of such a record have the
 * person's name and ID number replaced by their masked forms. Not shown at all: {@code facts} (违法事实, often
 * personal detail), {@code principalName}, {@code position}, events, {@code source}.
 */
@Value.Immutable
public abstract class DisclosureEntry {

  /** The record's id, on which downstream sites synchronise. */
  public abstract String recordId();

  /** The owning platform's code. */
  public abstract String jurisdiction();

  /** The subject's kind. */
  public abstract SubjectKind subjectKind();

  /** The organisation's name, or the masked name of a natural person ({@code 张*}). */
  public abstract String subjectName();

  /** An organisation's USCC. */
  public abstract Optional<String> subjectUscc();

  /** A natural person's masked ID number ({@code 110105********002X}). */
  public abstract Optional<String> subjectIdNumber();

  /** An organisation's division code. */
  public abstract Optional<String> subjectDivisionCode();

  /** A public official's employer. */
  public abstract Optional<String> employerName();

  /** A public official's employer's USCC. */
  public abstract Optional<String> employerUscc();

  /** How the dishonesty was established. */
  public abstract Category category();

  /** The key domain ({@code OTHER} when the record has none). */
  public abstract Domain domain();

  /** 失信程度. */
  public abstract Tier tier();

  /** 文书号. */
  public abstract String documentNumber();

  /** The deciding authority. */
  public abstract String authorityName();

  /** The deciding authority's USCC. */
  public abstract String authorityUscc();

  /** The decision date. */
  public abstract LocalDate decidedOn();

  /** For administrative penalties. */
  public abstract List<PenaltyType> penaltyTypes();

  /** Yuan. */
  public abstract Optional<BigDecimal> fineAmount();

  /** Yuan. */
  public abstract Optional<BigDecimal> confiscatedAmount();

  /** 处理依据. */
  public abstract Optional<String> basis();

  /** 处理内容. */
  public abstract String content();

  /** The first public disclosure (on or before the list's day: the record is visible). */
  public abstract LocalDate publishedOn();

  /** R-DISC-3: the scheduled last day of disclosure (公示截止期). */
  public abstract LocalDate lastDay();

  /** R-DISC-5: an objection is pending on the list's day (异议处理中). */
  public abstract boolean underObjection();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableDisclosureEntry.Builder {
    Builder() {}
  }
}
