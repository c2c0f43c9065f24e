package org.chengxin.formats.internal;

/**
 * The record IDs seen in one file (SPEC §3.1, {@code DUPLICATE_RECORD_ID}) in about 16 bytes per slot, without
 * keeping the IDs: an open-addressing table of a 64-bit hash, confirmed on a hit by a second, independent
 * 32-bit hash stored beside the line of the first occurrence. Two different IDs are taken for one only when
 * both hashes collide (about 2<sup>-96</sup> per pair), far below any real file's risk. Not thread-safe.
 */
public final class RecordIdIndex {
  private static final double LOAD = 0.75;

  /**
   * Slot {@code i} is {@code table[2i]}, the first hash (0: free), and {@code table[2i + 1]}: high 32 bits the
   * second hash, low 32 bits the first line (unsigned). Side by side, a lookup touches one cache line.
   */
  private long[] table = new long[2 * 1024];
  private int size;
  private int threshold = (int) (1024 * LOAD);

  /**
   * Remembers an ID first seen at {@code line}.
   *
   * @return 0 when the ID is new, else the line where it was first seen
   */
  public long firstLine(String id, long line) {
    // In one pass over the UTF-16 units: h1, FNV-1a finished with the MurmurHash3 mixer, never 0 (0 marks a
    // free slot); h2, a polynomial hash with an unrelated multiplier and seed, mixed, high half.
    long f = 0xcbf29ce484222325L;
    long g = 0x9E3779B97F4A7C15L;
    for (int j = 0; j < id.length(); j++) {
      char c = id.charAt(j);
      f ^= c;
      f *= 0x100000001b3L;
      g = (g + c) * 0xC2B2AE3D27D4EB4FL;
      g ^= g >>> 29;
    }
    f = mix(f ^ id.length());
    long h1 = f == 0 ? 1 : f;
    int h2 = (int) (mix(g + id.length()) >>> 32);
    long[] t = table;
    int mask = (t.length >>> 1) - 1;
    int i = (int) (h1 ^ (h1 >>> 32)) & mask;
    while (t[2 * i] != 0) {
      if (t[2 * i] == h1 && (int) (t[2 * i + 1] >>> 32) == h2) {
        return t[2 * i + 1] & 0xFFFFFFFFL;
      }
      i = (i + 1) & mask;
    }
    t[2 * i] = h1;
    t[2 * i + 1] = ((long) h2 << 32) | (Math.min(line, 0xFFFFFFFFL) & 0xFFFFFFFFL);
    if (++size > threshold) {
      grow();
    }
    return 0;
  }

  /** How many distinct IDs are remembered. */
  public int size() {
    return size;
  }

  private void grow() {
    long[] old = table;
    long[] t = new long[old.length * 2];
    int slots = t.length >>> 1;
    threshold = (int) (slots * LOAD);
    int mask = slots - 1;
    for (int j = 0; j < old.length; j += 2) {
      long h1 = old[j];
      if (h1 != 0) {
        int i = (int) (h1 ^ (h1 >>> 32)) & mask;
        while (t[2 * i] != 0) {
          i = (i + 1) & mask;
        }
        t[2 * i] = h1;
        t[2 * i + 1] = old[j + 1];
      }
    }
    table = t;
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
