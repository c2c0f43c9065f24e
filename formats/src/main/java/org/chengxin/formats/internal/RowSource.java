package org.chengxin.formats.internal;

import java.io.Closeable;
import java.io.IOException;

/** Rows of a table, the header first (row 0); null at the end. */
public interface RowSource extends Closeable {
  /**
   * The next row, or null at the end.
   *
   * @throws IOException from the input
   */
  TableRow next() throws IOException;
}
