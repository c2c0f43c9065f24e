package org.chengxin.formats.report.internal;

import java.util.List;

/** CSV cells and lines, HTML escaping: the text helpers every report writer shares. */
public final class Text {

  private Text() {}

  /**
   * One CSV cell (RFC 4180): a cell starting with {@code = + - @} gets a leading {@code '} (SPEC §6, so that no
   * spreadsheet runs it as a formula); a cell with a comma, quote or line break is quoted, quotes doubled.
   */
  public static String csvCell(String text) {
    String value = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }

  /** One CSV line of cells, ended by {@code \n}. */
  public static String csvLine(List<String> cells) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(csvCell(cells.get(i)));
    }
    return s.append('\n').toString();
  }

  /** Text escaped for HTML element content and quoted attribute values. */
  public static String html(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          s.append("&amp;");
          break;
        case '<':
          s.append("&lt;");
          break;
        case '>':
          s.append("&gt;");
          break;
        case '"':
          s.append("&quot;");
          break;
        case '\'':
          s.append("&#39;");
          break;
        default:
          s.append(c);
      }
    }
    return s.toString();
  }

  /** The start of a standalone printable page: inline CSS only, no script, nothing from the network. */
  public static String htmlHead(String lang, String title) {
    return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        + "<title>" + html(title) + "</title>\n<style>\n"
        + "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\","
        + "\"WenQuanYi Micro Hei\",\"SimSun\",sans-serif;color:#111;margin:24px;font-size:13px;}\n"
        + "h1{font-size:20px;margin:0 0 4px;}\nh2{font-size:16px;margin:18px 0 6px;}\n"
        + ".meta{color:#444;margin:0 0 12px;}\n"
        + "table{border-collapse:collapse;width:100%;margin-top:8px;}\n"
        + "th,td{border:1px solid #999;padding:3px 5px;text-align:left;vertical-align:top;}\n"
        + "th{background:#eee;white-space:nowrap;}\ntd.num{text-align:right;white-space:nowrap;}\ntd.nowrap{white-space:nowrap;}\n"
        + "table.kv{width:640px;max-width:100%;table-layout:fixed;}\ntable.kv th:last-child,table.kv td:last-child"
        + "{width:200px;}\n"
        + "tr.objection td{background:#fff4d6;}\n.note{color:#555;font-size:12px;margin-top:12px;}\n"
        + "@media print{body{margin:0;font-size:11px;}*{-webkit-print-color-adjust:exact;print-color-adjust:exact;}"
        + "tr{page-break-inside:avoid;}thead{display:table-header-group;}}\n"
        + "</style>\n</head>\n<body>\n";
  }

  /** The end of a page. */
  public static String htmlEnd() {
    return "</body>\n</html>\n";
  }
}
