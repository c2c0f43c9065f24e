package org.chengxin.formats.internal;

import java.io.IOException;

/**
 * Cuts NDJSON into lines: one record per line ({@code \n} or {@code \r\n}); lines of only whitespace are
 * skipped (they are not records, but they count for line numbers). A line over 1 MiB is read to its end
 * without being kept.
 */
public final class NdjsonChunks implements ChunkSource {
  private final ByteSource src;
  private final Chunk chunk = Chunk.create();
  private long line;

  public NdjsonChunks(ByteSource src) {
    this.src = src;
  }

  @Override
  public Chunk next() throws IOException {
    while (true) {
      if (!src.fill()) {
        return null;
      }
      line++;
      chunk.reset(line, 1);
      boolean newline = false;
      while (!newline && src.fill()) {
        byte[] buf = src.buf;
        int start = src.pos;
        int lim = src.lim;
        int i = start;
        while (i < lim && buf[i] != '\n') {
          i++;
        }
        chunk.append(buf, start, i - start);
        if (i < lim) {
          newline = true;
          src.pos = i + 1;
        } else {
          src.pos = lim;
        }
      }
      chunk.finish();
      if (chunk.tooLargeBytes == 0 && chunk.length > 0 && chunk.data[chunk.length - 1] == '\r') {
        chunk.length--;
      }
      if (chunk.tooLargeBytes > 0 || !blank(chunk)) {
        return chunk;
      }
    }
  }

  private static boolean blank(Chunk c) {
    for (int i = 0; i < c.length; i++) {
      byte b = c.data[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
