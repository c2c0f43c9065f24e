package org.chengxin.testkit;

import java.util.List;
import org.immutables.value.Value;

/**
 * A generated invalid record (无效记录) and the problem it must produce: the JSON text of a valid record changed by
 * one {@link RecordMutation}.
 *
 * <p>Example: mutation {@code TIER_UNKNOWN} gives a record whose {@code tier} is {@code "SEVERE"}, with
 * {@link #expected()} {@code [ENUM_UNKNOWN@/tier]}.
 */
@Value.Immutable
public abstract class InvalidRecord {

  /** The record's {@code recordId}. */
  public abstract String recordId();

  /** The mutation applied. */
  public abstract RecordMutation mutation();

  /** The record as one line of compact JSON. */
  public abstract String json();

  /** The ERROR problems a validator must report, each as {@code CODE@path} (JSON Pointer). */
  public List<String> expected() {
    return mutation().expected();
  }

  @Override
  public String toString() {
    return recordId() + " " + mutation() + " " + expected();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InvalidRecord}. */
  public static final class Builder extends ImmutableInvalidRecord.Builder {
    Builder() {}
  }
}
