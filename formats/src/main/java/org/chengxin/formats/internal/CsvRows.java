package org.chengxin.formats.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 CSV row reader: comma-separated cells, double-quoted cells may hold commas, quotes
 * ({@code ""}) and line breaks; {@code \r\n}, {@code \n} and {@code \r} end rows. A malformed row (a quote inside
 * an unquoted cell, text after a closing quote, an unclosed quote at the end of the input) is returned with
 * {@link Row#malformed()} set, and reading continues with the next line.
 */
public final class CsvRows {

  /** One row: its cells (untrimmed) and whether its quoting was broken. */
  public record Row(List<String> cells, boolean malformed, String reason) {}

  private final Reader in;
  private int peeked = -2;

  public CsvRows(Reader in) {
    this.in = in;
  }

  private int read() throws IOException {
    if (peeked != -2) {
      int c = peeked;
      peeked = -2;
      return c;
    }
    return in.read();
  }

  private int peek() throws IOException {
    if (peeked == -2) {
      peeked = in.read();
    }
    return peeked;
  }

  /** The next row, or null at the end of the input. */
  public Row next() throws IOException {
    int c = read();
    if (c == -1) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean afterQuote = false;
    String broken = null;
    while (true) {
      if (quoted) {
        if (c == -1) {
          cells.add(cell.toString());
          return new Row(cells, true, "unclosed quote");
        }
        if (c == '"') {
          if (peek() == '"') {
            read();
            cell.append('"');
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          cell.append((char) c);
        }
      } else if (c == -1 || c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        cells.add(cell.toString());
        return new Row(cells, broken != null, broken);
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        afterQuote = false;
      } else if (c == '"' && cell.length() == 0 && !afterQuote) {
        quoted = true;
      } else {
        if (afterQuote || c == '"') {
          broken = broken != null ? broken : afterQuote ? "text after a closing quote" : "a quote inside an unquoted cell";
        }
        cell.append((char) c);
      }
      c = read();
    }
  }
}
