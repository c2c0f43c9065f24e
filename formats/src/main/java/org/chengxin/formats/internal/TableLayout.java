package org.chengxin.formats.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.chengxin.core.Problem;

/** How a table's rows become canonical record trees (the flat layout, the 双公示 templates). */
public interface TableLayout {

  /** The problems of the header row ({@code CSV_HEADER}, located at row 0); empty when it is usable. */
  List<Problem> header(List<String> cells);

  /** One data row as a record tree, with its problems (validated, located at the row and column). */
  Mapped map(TableRow row);

  /** A row as a tree and its problems. */
  final class Mapped {
    public final JsonNode tree;
    public final String recordId;
    public final List<Problem> problems;

    public Mapped(JsonNode tree, String recordId, List<Problem> problems) {
      this.tree = tree;
      this.recordId = recordId;
      this.problems = problems;
    }
  }
}
