package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

/**
 * SPEC §9 ({@code --as-of}, {@code calendar}): command-line dates are strict {@code uuuu-MM-dd}; the formatter-free
 * plain path gives exactly the strict formatter's answers.
 */
class DatesTest {

  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private static LocalDate reference(String text) {
    try {
      return LocalDate.parse(text, STRICT);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static void assertLikeTheFormatter(String text) {
    LocalDate expected = reference(text);
    if (expected == null) {
      assertThatThrownBy(() -> Dates.parse(text)).as(text).isInstanceOf(TypeConversionException.class)
          .hasMessage("'" + text + "' is not a date YYYY-MM-DD");
    } else {
      assertThat(Dates.parse(text)).as(text).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "2024-03-01", "2024-02-29", "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-01-00", "2024-04-31",
      "0000-02-29", "0001-01-01", "9999-12-31", "1900-02-29", "2000-02-29", "+2024-03-01", "-2024-03-01",
      "20240-03-01", "2024-3-01", "2024/03/01", "2024-03-01 ", " 2024-03-01", "２０２４-03-01", "2024-03-1x", "",
  })
  void likeTheStrictFormatter(String text) {
    assertLikeTheFormatter(text);
  }

  /** Seeded (seed 9) ten-character strings of digits and dashes, mostly date-shaped. */
  @Test
  void generatedSeed9() {
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 20_000; i++) {
      String text = String.format(Locale.ROOT, "%04d-%02d-%02d",
          random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
      if (random.nextInt(10) == 0) {
        char[] chars = text.toCharArray();
        chars[random.nextInt(10)] = "0123456789-+x".charAt(random.nextInt(13));
        text = new String(chars);
      }
      assertLikeTheFormatter(text);
    }
  }
}
