package org.chengxin.formats.report;

import org.chengxin.core.Language;
import org.chengxin.formats.ValidationReport;
import org.immutables.value.Value;

/**
 * What a report did with its input: every record read is counted exactly once, so that
 * {@code recordsRead = recordsUsed + recordsNotSelected + recordsInvalid + recordsRefused}. Nothing is dropped
 * silently: invalid records (validation ERRORs, SPEC §8) and records the engine refused
 * ({@code CATEGORY_NOT_IN_PROFILE}, {@code CALENDAR_RANGE}) are in {@link #problems()}, and make the CLI exit 1.
 * A record decided after the report's day is simply not selected (SPEC §6), not a problem.
 *
 * <p>"Used" means: an entry of the disclosure list; a {@code records[]} or {@code withdrawals[]} item of a push
 * batch; a record assessed for a progress report.
 */
@Value.Immutable
public abstract class InputSummary {

  /** Records read (a line that is not JSON counts as one). */
  public abstract long recordsRead();

  /** Records in the output. */
  public abstract long recordsUsed();

  /** Valid records the report's rules did not select (e.g. not visible, or decided after the day). */
  public abstract long recordsNotSelected();

  /** Records with a validation ERROR. */
  public abstract long recordsInvalid();

  /** Valid records the engine could not assess under the profile. */
  public abstract long recordsRefused();

  /** The problems of the invalid and refused records, as the SPEC §8 report (counts, codes, samples). */
  public abstract ValidationReport problems();

  /** Whether any record was invalid or refused (the CLI exits 1). */
  public final boolean hasErrors() {
    return recordsInvalid() + recordsRefused() > 0;
  }

  @Value.Check
  protected void check() {
    if (recordsRead() != recordsUsed() + recordsNotSelected() + recordsInvalid() + recordsRefused()) {
      throw new IllegalStateException("records do not add up: " + this);
    }
  }

  /** One line for stderr, e.g. {@code 共读取 12 条记录：输出 5 条，未入选 6 条，无效 1 条，无法评估 0 条。} */
  public final String summary(Language language) {
    if (language == Language.ZH) {
      return "共读取 " + recordsRead() + " 条记录：输出 " + recordsUsed() + " 条，未入选 " + recordsNotSelected()
          + " 条，无效 " + recordsInvalid() + " 条，无法评估 " + recordsRefused() + " 条。";
    }
    return recordsRead() + " records read: " + recordsUsed() + " in the output, " + recordsNotSelected()
        + " not selected, " + recordsInvalid() + " invalid, " + recordsRefused() + " not assessable.";
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableInputSummary.Builder {
    Builder() {}
  }
}
