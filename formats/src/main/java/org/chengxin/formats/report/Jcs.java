package org.chengxin.formats.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.chengxin.core.ChengxinException;

/**
 * JSON 规范化 — the JSON Canonicalization Scheme of RFC 8785 (JCS), used for the {@code sha256} of a push batch
 * (SPEC §6): object keys sorted by their UTF-16 code units, no whitespace, strings escaped as ECMAScript's
 * {@code JSON.stringify} does, numbers as IEEE-754 doubles written by ECMAScript's {@code Number.prototype.toString}.
 *
 * <pre>{@code
 * Jcs.canonicalize(tree);   // {"a":[1,"x"],"b":null} for {"b": null, "a": [1.0, "x"]}
 * Jcs.number(1e21);         // "1e+21"
 * Jcs.number(0.000001);     // "0.000001"; 1e-7 → "1e-7"
 * }</pre>
 */
public final class Jcs {

  private Jcs() {}

  /**
   * The canonical text of a JSON tree.
   *
   * @throws ChengxinException for a number that is not finite or a string with a lone surrogate (neither has a
   *     canonical form)
   */
  public static String canonicalize(JsonNode tree) {
    requireNonNull(tree, "tree");
    StringBuilder out = new StringBuilder(256);
    write(tree, out);
    return out.toString();
  }

  /** The lower-case hex SHA-256 of the UTF-8 bytes of {@link #canonicalize(JsonNode)}. */
  public static String sha256Hex(JsonNode tree) {
    return sha256Hex(canonicalize(tree));
  }

  /** The lower-case hex SHA-256 of the UTF-8 bytes of a text. */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(UTF_8)));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static void write(JsonNode node, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT:
        List<String> names = new ArrayList<>(node.size());
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
          names.add(it.next());
        }
        names.sort(null); // String.compareTo compares UTF-16 code units, as RFC 8785 §3.2.3 requires
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          string(names.get(i), out);
          out.append(':');
          write(node.get(names.get(i)), out);
        }
        out.append('}');
        break;
      case ARRAY:
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(node.get(i), out);
        }
        out.append(']');
        break;
      case STRING:
        string(node.textValue(), out);
        break;
      case NUMBER:
        out.append(number(node.isIntegralNumber() ? node.bigIntegerValue().doubleValue() : node.doubleValue()));
        break;
      case BOOLEAN:
        out.append(node.booleanValue() ? "true" : "false");
        break;
      case NULL:
        out.append("null");
        break;
      default:
        throw new ChengxinException("no JSON canonical form for a " + node.getNodeType() + " node");
    }
  }

  /**
   * A string as JCS writes it (RFC 8785 §3.2.2.2): quoted; {@code "} and {@code \} escaped; {@code \b \t \n \f
   * \r} as two-character escapes; other controls below U+0020 as {@code \}{@code u00xx} (lower-case hex); every
   * other character as itself.
   *
   * @throws ChengxinException for a lone surrogate
   */
  public static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    string(text, out);
    return out.toString();
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\r':
          out.append("\\r");
          break;
        default:
          if (c < 0x20) {
            out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            throw new ChengxinException("a string with a lone surrogate U+" + Integer.toHexString(c).toUpperCase(
                java.util.Locale.ROOT) + " at index " + i + " has no canonical form");
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  /**
   * A number as ECMAScript's {@code Number.prototype.toString} writes it (ECMA-262 §7.1.12.1, RFC 8785 §3.2.2.3):
   * the shortest decimal that reads back as the same double (the nearest one when several are as short); plain
   * notation for exponents from −6 to 20 ({@code 0.000001}, {@code 100000000000000000000}), otherwise
   * {@code 1e+21}, {@code 1.5e-7}; {@code -0} is {@code 0}.
   *
   * @throws ChengxinException for NaN and the infinities
   */
  public static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new ChengxinException("the number " + value + " has no JSON canonical form");
    }
    if (value == 0) {
      return "0";
    }
    String sign = value < 0 ? "-" : "";
    BigDecimal shortest = shortest(Math.abs(value));
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    int n = k - shortest.scale(); // value = 0.digits × 10^n
    StringBuilder s = new StringBuilder(sign);
    if (k <= n && n <= 21) {
      s.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      s.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      s.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      s.append(digits.charAt(0));
      if (k > 1) {
        s.append('.').append(digits, 1, k);
      }
      int e = n - 1;
      s.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }
    return s.toString();
  }

  /**
   * The shortest decimal (fewest significant digits, trailing zeros stripped) that reads back as {@code value};
   * among candidates of that length, the nearest to the exact binary value (the even one on a tie).
   */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int p = 1; p <= 17; p++) {
      BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
      BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
      boolean downOk = down.doubleValue() == value;
      boolean upOk = up.doubleValue() == value;
      if (downOk && upOk) {
        int cmp = exact.subtract(down).compareTo(up.subtract(exact));
        if (cmp < 0) {
          return down.stripTrailingZeros();
        }
        if (cmp > 0) {
          return up.stripTrailingZeros();
        }
        BigDecimal even = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        return even.stripTrailingZeros();
      }
      if (downOk) {
        return down.stripTrailingZeros();
      }
      if (upOk) {
        return up.stripTrailingZeros();
      }
    }
    throw new IllegalStateException("17 significant digits always identify a double: " + value);
  }
}
