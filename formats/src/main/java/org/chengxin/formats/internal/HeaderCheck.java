package org.chengxin.formats.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;

/**
 * Matches a header row against known column names (any order): an unknown or repeated column, or a missing
 * required one, is {@code CSV_HEADER} at row 0 with the column as field.
 */
final class HeaderCheck {
  /** For each known column, its index in the row, or -1. */
  final Map<String, Integer> index = new HashMap<>();
  final List<Problem> problems = new ArrayList<>();
  final int width;

  HeaderCheck(List<String> cells, Collection<String> known, Collection<String> required,
      UnaryOperator<String> normalise) {
    this.width = cells.size();
    for (String k : known) {
      index.put(k, -1);
    }
    for (int i = 0; i < cells.size(); i++) {
      String raw = cells.get(i);
      String name = normalise.apply(raw);
      Integer at = index.get(name);
      if (at == null) {
        problems.add(problem(raw, "未知列 " + raw + "（第 " + (i + 1) + " 列）",
            "unknown column " + raw + " (column " + (i + 1) + ")"));
      } else if (at >= 0) {
        problems.add(problem(name, "列 " + name + " 重复（第 " + (at + 1) + " 列与第 " + (i + 1) + " 列）",
            "column " + name + " appears twice (columns " + (at + 1) + " and " + (i + 1) + ")"));
      } else {
        index.put(name, i);
      }
    }
    for (String r : required) {
      if (index.get(r) < 0) {
        problems.add(problem(r, "缺少必需的列 " + r, "required column " + r + " is missing"));
      }
    }
  }

  private static Problem problem(String column, String zh, String en) {
    return Problem.of(ProblemCode.CSV_HEADER, "", column, zh, en).atRow(0, column);
  }

  /** The cell of a column in a row, or "" when the column is absent. */
  String cell(List<String> row, String column) {
    int i = index.getOrDefault(column, -1);
    return i < 0 || i >= row.size() ? "" : row.get(i);
  }
}
