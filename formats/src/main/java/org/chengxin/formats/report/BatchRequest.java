package org.chengxin.formats.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.chengxin.rules.Profile;
import org.immutables.value.Value;

/**
 * The parameters of a push batch (逐级推送, SPEC §6): who sends it to whom, under which profile, and the window
 * {@code (since, asOf]} of changes it carries. {@code createdAt} is a parameter, never the clock.
 *
 * <pre>{@code
 * BatchRequest.builder().from("611026").to("610000").profile(profiles.get("zhashui-2021"))
 *     .since(LocalDate.parse("2024-03-31")).asOf(LocalDate.parse("2024-06-30"))
 *     .createdAt(OffsetDateTime.parse("2024-07-01T09:00:00+08:00")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class BatchRequest {

  /** A division code or a non-standard unit code (SPEC §3.1). */
  static final Pattern CODE = Pattern.compile("[0-9]{6}|[A-Z][A-Z0-9_]{1,31}");

  /** The sending platform's code. */
  public abstract String from();

  /** The receiving platform's code. */
  public abstract String to();

  /** The profile the records are assessed under. */
  public abstract Profile profile();

  /** The exclusive start of the window. */
  public abstract LocalDate since();

  /** The day the batch is assessed at: the inclusive end of the window. */
  public abstract LocalDate asOf();

  /** When the batch was made (written as given, ISO-8601 with offset). */
  public abstract OffsetDateTime createdAt();

  /** {@code <from>-<to>-<asOf>}, e.g. {@code 611026-610000-2024-06-30}. */
  public final String batchId() {
    return from() + "-" + to() + "-" + asOf();
  }

  @Value.Check
  protected void check() {
    for (String code : new String[] {from(), to()}) {
      if (!CODE.matcher(code).matches()) {
        throw new IllegalArgumentException("'" + code + "' is neither a 6-digit division code nor a unit code "
            + "such as SHENFU");
      }
    }
    if (since().isAfter(asOf())) {
      throw new IllegalArgumentException("since " + since() + " is after asOf " + asOf());
    }
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BatchRequest}. */
  public static final class Builder extends ImmutableBatchRequest.Builder {
    Builder() {}
  }
}
