package org.chengxin.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 政务失信记录 — one finding that a government body or public official acted dishonestly (SPEC §3).
 *
 * <p>Optional fields keep whether they were given, so that JSON → model → JSON is the identity; the
 * {@code effective*} methods apply the SPEC's defaults. Build with {@link #builder()}; read and write the
 * canonical JSON with {@code org.chengxin.formats}.
 */
@Value.Immutable
public abstract class Record {

  /** The only schema version of the canonical format. */
  public static final String SCHEMA_VERSION = "1.0";

  @Value.Default
  public String schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** Unique within a file or batch; 1–64 characters of {@code [A-Za-z0-9._:-]}. */
  public abstract String recordId();

  /** The platform that owns the record: a 6-digit division code or a non-standard unit code. */
  public abstract String jurisdiction();

  public abstract Subject subject();

  public abstract Category category();

  /** As given; see {@link #effectiveDomain()}. */
  public abstract Optional<Domain> domain();

  public abstract Tier tier();

  public abstract Decision decision();

  public abstract Optional<Impact> impact();

  /** End of the dishonest act (≤ decidedOn). */
  public abstract Optional<LocalDate> actEndedOn();

  /** Deadline for 限期整改 set by the authority. */
  public abstract Optional<LocalDate> rectificationDueOn();

  /** As given; see {@link #effectiveDisclosureRestriction()}. */
  public abstract Optional<DisclosureRestriction> disclosureRestriction();

  /** First public disclosure. */
  public abstract Optional<LocalDate> publishedOn();

  /** The record's history, in date order. */
  public abstract List<Event> events();

  public abstract Source source();

  /** The domain, {@code OTHER} when not given. */
  public final Domain effectiveDomain() {
    return domain().orElse(Domain.OTHER);
  }

  /** The disclosure restriction, {@code NONE} when not given. */
  public final DisclosureRestriction effectiveDisclosureRestriction() {
    return disclosureRestriction().orElse(DisclosureRestriction.NONE);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Record}. */
  public static final class Builder extends ImmutableRecord.Builder {
    Builder() {}
  }
}
