package org.chengxin.formats.internal;

import java.io.IOException;

/** Cuts an input into record texts. */
public interface ChunkSource {

  /**
   * The next record text, or null at the end. The returned chunk is reused by the next call.
   *
   * @throws IOException from the input
   */
  Chunk next() throws IOException;
}
