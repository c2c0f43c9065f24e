package org.chengxin.formats.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.chengxin.core.CitizenIdNumber;
import org.chengxin.core.DisclosureRestriction;
import org.chengxin.core.Record;
import org.chengxin.core.Subject;
import org.chengxin.core.UnifiedSocialCreditCode;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.report.internal.Masking;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRef;
import org.chengxin.rules.WorkingDayCalendar;

/**
 * 公示清单 — the public disclosure list at a day (SPEC §6): one {@link DisclosureEntry} per record visible on
 * that day (R-DISC-4), in input order, written while the input is read (constant memory).
 *
 * <pre>{@code
 * try (RecordReader in = RecordReader.open(file, RecordFormat.AUTO)) {
 *   InputSummary s = DisclosureList.write(in, profile, WorkingDayCalendars.national(),
 *       LocalDate.parse("2024-06-30"), DisclosureListWriter.of(ReportFormat.CSV, out, Language.ZH), n -> {});
 * }
 * }</pre>
 */
public final class DisclosureList {

  private DisclosureList() {}

  /**
   * The entry of a record, when its assessment says it is visible; empty otherwise.
   *
   * @throws IllegalArgumentException if the assessment is of another record
   * @throws IllegalStateException if a restricted record is visible (R-DISC-1 forbids it; a broken engine must
   *     not leak it)
   */
  public static Optional<DisclosureEntry> entry(Record record, Assessment assessment) {
    requireNonNull(record, "record");
    requireNonNull(assessment, "assessment");
    if (!record.recordId().equals(assessment.recordId())) {
      throw new IllegalArgumentException("the assessment of '" + assessment.recordId() + "' is not of record '"
          + record.recordId() + "'");
    }
    if (!assessment.disclosure().visible()) {
      return Optional.empty();
    }
    if (record.effectiveDisclosureRestriction() != DisclosureRestriction.NONE) {
      throw new IllegalStateException("restricted record '" + record.recordId() + "' ("
          + record.effectiveDisclosureRestriction() + ") was assessed visible");
    }
    Subject s = record.subject();
    boolean person = s.isNaturalPerson();
    DisclosureEntry.Builder e = DisclosureEntry.builder()
        .recordId(record.recordId())
        .jurisdiction(record.jurisdiction())
        .subjectKind(s.kind())
        .category(record.category())
        .domain(record.effectiveDomain())
        .tier(record.tier())
        .authorityName(record.decision().authorityName())
        .authorityUscc(record.decision().authorityUscc().value())
        .decidedOn(record.decision().decidedOn())
        .penaltyTypes(record.decision().penaltyTypes())
        .fineAmount(record.decision().fineAmount())
        .confiscatedAmount(record.decision().confiscatedAmount())
        .publishedOn(assessment.disclosure().publishedOn().orElseThrow())
        .lastDay(assessment.disclosure().lastDay())
        .underObjection(assessment.disclosure().underObjection());
    if (person) {
      e.subjectName(Masking.name(s.name()))
          .subjectIdNumber(s.idNumber().map(CitizenIdNumber::masked))
          .employerName(s.employerName().map(t -> Masking.redact(t, s.name(), s.idNumber())))
          .employerUscc(s.employerUscc().map(UnifiedSocialCreditCode::value))
          .documentNumber(Masking.redact(record.decision().documentNumber(), s.name(), s.idNumber()))
          .basis(record.decision().basis().map(t -> Masking.redact(t, s.name(), s.idNumber())))
          .content(Masking.redact(record.decision().content(), s.name(), s.idNumber()));
    } else {
      e.subjectName(s.name())
          .subjectUscc(s.uscc().map(UnifiedSocialCreditCode::value))
          .subjectDivisionCode(s.divisionCode().map(d -> d.value()))
          .documentNumber(record.decision().documentNumber())
          .basis(record.decision().basis())
          .content(record.decision().content());
    }
    return Optional.of(e.build());
  }

  /**
   * Reads every result once, assesses each valid record on {@code asOf} and writes the entry of every visible
   * one, in input order, then closes the list ({@link DisclosureListWriter#finish}).
   *
   * @param progress told the number of records read so far, after each record
   * @return what happened to each record read (invalid and refused records are reported there, never dropped
   *     silently)
   * @throws UncheckedIOException when writing fails
   */
  public static InputSummary write(Iterator<ReadResult> input, Profile profile, WorkingDayCalendar calendar,
      LocalDate asOf, DisclosureListWriter writer, LongConsumer progress) {
    requireNonNull(input, "input");
    requireNonNull(profile, "profile");
    requireNonNull(calendar, "calendar");
    requireNonNull(asOf, "asOf");
    requireNonNull(writer, "writer");
    requireNonNull(progress, "progress");
    try {
      writer.start(ProfileRef.of(profile), asOf);
      Pass pass = new Pass(profile, calendar, writer.language());
      InputSummary summary = pass.run(input, (record, p) -> {
        Optional<DisclosureEntry> entry = p.assess(record, asOf).flatMap(a -> entry(record, a));
        if (entry.isEmpty()) {
          return Pass.Outcome.NOT_SELECTED;
        }
        try {
          writer.write(entry.get());
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
        return Pass.Outcome.USED;
      }, progress);
      writer.finish();
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
