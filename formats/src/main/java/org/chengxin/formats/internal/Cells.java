package org.chengxin.formats.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Cell text rules shared by the CSV and XLSX layouts (SPEC §6): formula escaping and RFC 4180 quoting.
 *
 * <p>A cell that starts with {@code = + - @} would run as a formula in a spreadsheet; export prefixes it with
 * {@code '}. To keep round trips exact, a value that already is {@code '}s followed by one of those characters
 * gets one more {@code '}, and import strips exactly one {@code '} from a cell of the form
 * {@code '+[=+\-@]…}: {@code "=1"} ⇄ {@code "'=1"}, {@code "'=1"} ⇄ {@code "''=1"}, {@code "'a"} stays
 * {@code "'a"}.
 */
public final class Cells {

  private Cells() {}

  private static boolean formulaStart(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) == '\'') {
      i++;
    }
    if (i == s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c == '=' || c == '+' || c == '-' || c == '@';
  }

  /** The value as written to a cell: one {@code '} more when it reads as a formula (see the class doc). */
  public static String escape(String value) {
    return formulaStart(value, 0) ? "'" + value : value;
  }

  /** The value of a cell as read: exactly one {@code '} less when it is an escaped formula. */
  public static String unescape(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == '\'' && formulaStart(cell, 1) ? cell.substring(1) : cell;
  }

  /** Writes one CSV row (RFC 4180, CRLF); cells are written as given (escape them first). */
  public static void writeCsvRow(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String c = cells.get(i);
      if (needsQuotes(c)) {
        out.write('"');
        out.write(c.replace("\"", "\"\""));
        out.write('"');
      } else {
        out.write(c);
      }
    }
    out.write("\r\n");
  }

  private static boolean needsQuotes(String c) {
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
        return true;
      }
    }
    return false;
  }
}
