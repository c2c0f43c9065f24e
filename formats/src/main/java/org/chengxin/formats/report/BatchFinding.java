package org.chengxin.formats.report;

import org.chengxin.core.Labelled;
import org.immutables.value.Value;

/** One reason why a push batch is not intact, in Chinese and English. */
@Value.Immutable
public abstract class BatchFinding implements Labelled {

  @Override
  @Value.Parameter
  public abstract String zh();

  @Override
  @Value.Parameter
  public abstract String en();

  static BatchFinding of(String zh, String en) {
    return ImmutableBatchFinding.of(zh, en);
  }
}
