package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link LineWriter} with and without a thread of its own, and the thread policy of {@link Inputs}. */
class LineWriterTest {

  @ParameterizedTest(name = "own thread {0}")
  @ValueSource(booleans = {true, false})
  void writesEveryItemOnceInOrder(boolean ownThread) {
    List<Integer> written = Collections.synchronizedList(new ArrayList<>());
    // 1,000 items: several full batches of 256 and a partial last one
    try (LineWriter<Integer> writer = new LineWriter<>(written::add, ownThread)) {
      for (int i = 0; i < 1000; i++) {
        writer.add(i);
      }
    }
    assertThat(written).hasSize(1000);
    for (int i = 0; i < 1000; i++) {
      assertThat(written.get(i)).isEqualTo(i);
    }
  }

  @ParameterizedTest(name = "own thread {0}")
  @ValueSource(booleans = {true, false})
  void aWriteFailureReachesTheProducer(boolean ownThread) {
    LineWriter.Sink<Integer> failing = item -> {
      throw new IOException("disk full at " + item);
    };
    assertThatThrownBy(() -> {
      try (LineWriter<Integer> writer = new LineWriter<>(failing, ownThread)) {
        writer.add(7);
      }
    }).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full at 7");
  }

  /** One processor per busy thread plus one for the JIT compilers (bench/README.md): the table of the policy. */
  @ParameterizedTest(name = "{0} processors: {1} reader workers, writer thread {2}")
  @CsvSource({"1, 1, false", "2, 1, false", "3, 1, true", "4, 1, true", "5, 2, true", "6, 3, true", "7, 4, true",
      "64, 4, true"})
  void threadsLeaveAProcessorForTheJit(int processors, int workers, boolean writerThread) {
    assertThat(Inputs.workers(processors)).isEqualTo(workers);
    assertThat(Inputs.writerThread(processors)).isEqualTo(writerThread);
  }
}
