package org.chengxin.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The duplicate index of SPEC §3.1 (DUPLICATE_RECORD_ID): new IDs are new, a repeat names its first line. */
class RecordIdIndexTest {

  @Test
  void remembersTheFirstLineOfEveryIdAcrossGrowth() {
    RecordIdIndex index = new RecordIdIndex();
    int n = 200_000; // the table starts at 1024 slots: it grows eight times on the way
    for (int k = 0; k < n; k++) {
      assertThat(index.firstLine("ZS-2024-" + k, k + 1L)).as("new id %d", k).isZero();
    }
    assertThat(index.size()).isEqualTo(n);
    for (int k = 0; k < n; k += 997) {
      // "ZS-2024-k" was first seen on line k + 1; seen again on any later line, that line is reported
      assertThat(index.firstLine("ZS-2024-" + k, n + 5L)).isEqualTo(k + 1L);
    }
    assertThat(index.size()).isEqualTo(n); // a repeat is not remembered twice
    assertThat(index.firstLine("ZS-2024-" + n, 1L)).isZero();
  }

  @Test
  void linesBeyondThirtyTwoBitsAreKeptAsTheLargestUnsignedInt() {
    RecordIdIndex index = new RecordIdIndex();
    index.firstLine("a", 1L << 33);
    assertThat(index.firstLine("a", 1L)).isEqualTo(0xFFFFFFFFL);
  }
}
