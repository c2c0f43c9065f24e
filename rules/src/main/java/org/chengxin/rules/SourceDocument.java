package org.chengxin.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A document a profile implements, e.g. 琼府〔2017〕60号. */
@Value.Immutable
public abstract class SourceDocument {

  /** The id used in citations, e.g. {@code hainan-2017}. */
  public abstract String id();

  /** The title in Chinese. */
  public abstract String title();

  /** The document number, e.g. {@code 琼府〔2017〕60号}. */
  public abstract Optional<String> number();

  /** The date of issue. */
  public abstract Optional<LocalDate> issuedOn();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceDocument}. */
  public static final class Builder extends ImmutableSourceDocument.Builder {
    Builder() {}
  }
}
