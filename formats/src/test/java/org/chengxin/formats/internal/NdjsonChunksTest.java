package org.chengxin.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The word-at-a-time newline search agrees with a plain loop. */
class NdjsonChunksTest {

  @Test
  void findsTheFirstNewlineLikeAPlainLoop_seed11() {
    SplittableRandom rnd = new SplittableRandom(11);
    for (int round = 0; round < 20000; round++) {
      byte[] b = new byte[rnd.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        // Mostly bytes near '\n' (0x0A) and high bytes, where a borrow could fool a sloppy search.
        int[] pool = {0x0A, 0x0B, 0x09, 0x8A, 0xFF, 0x00, 0x01, 'a', 0x0A0 & 0xFF};
        b[i] = (byte) pool[rnd.nextInt(pool.length)];
      }
      int from = b.length == 0 ? 0 : rnd.nextInt(b.length + 1);
      checkAgainstPlainLoop(b, from, rnd);
    }
  }

  /** Long lines with rare newlines (the sixteen-byte steps, then the word that holds the newline). */
  @Test
  void findsARareNewlineInALongLineLikeAPlainLoop_seed12() {
    SplittableRandom rnd = new SplittableRandom(12);
    for (int round = 0; round < 20000; round++) {
      byte[] b = new byte[rnd.nextInt(300)];
      for (int i = 0; i < b.length; i++) {
        int[] pool = {0x0B, 0x09, 0x8A, 0xFF, 0x00, 0x01, 'a', 0xE4, 0x0A ^ 0x80};
        b[i] = rnd.nextInt(150) == 0 ? (byte) 0x0A : (byte) pool[rnd.nextInt(pool.length)];
      }
      int from = b.length == 0 ? 0 : rnd.nextInt(Math.min(b.length, 20) + 1);
      checkAgainstPlainLoop(b, from, rnd);
    }
  }

  @Test
  void findsANewlineInTheLastBytesButNoneAfterTheEnd() {
    // 8 + k bytes: one full word, then a tail of k < 8 bytes; the byte just after `to` is a newline too.
    for (int k = 1; k < 8; k++) {
      for (int at = 8; at < 8 + k; at++) {
        byte[] b = new byte[8 + k + 1];
        java.util.Arrays.fill(b, (byte) 'x');
        b[at] = '\n';
        b[8 + k] = '\n';
        assertThat(NdjsonChunks.indexOfNewline(b, 0, 8 + k)).isEqualTo(at);
        assertThat(NdjsonChunks.indexOfNewline(b, at + 1, 8 + k)).isEqualTo(8 + k); // only the one past `to`
      }
    }
  }

  /** From {@code from} to a random end: the first newline (or the end) as a plain loop finds it. */
  private static void checkAgainstPlainLoop(byte[] b, int from, SplittableRandom rnd) {
    int to = from + (b.length - from == 0 ? 0 : rnd.nextInt(b.length - from + 1));
    int expected = to;
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        expected = i;
        break;
      }
    }
    assertThat(NdjsonChunks.indexOfNewline(b, from, to)).isEqualTo(expected);
  }
}
