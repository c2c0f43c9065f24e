package org.chengxin.core.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Uscc}, {@link CitizenId} and {@link DivisionCode} with Hibernate Validator (R-ID-1..3). */
class IdentifierConstraintsTest {

  /** A sample bean using every constraint on fields and type arguments. */
  static final class SampleSubject {
    @Uscc
    final String uscc;
    @CitizenId
    final CharSequence idNumber;
    @DivisionCode
    final String divisionCode;
    @DivisionCode(known = true)
    final String currentDivision;
    final List<@Uscc String> formerUsccs;

    SampleSubject(String uscc, String idNumber, String divisionCode, String currentDivision, List<String> former) {
      this.uscc = uscc;
      this.idNumber = idNumber;
      this.divisionCode = divisionCode;
      this.currentDivision = currentDivision;
      this.formerUsccs = former;
    }
  }

  /** A service with a constrained parameter. */
  static final class Registry {
    @SuppressWarnings("unused")
    void register(@Uscc String uscc) {}
  }

  private static ValidatorFactory factory;

  @BeforeAll
  static void start() {
    factory = Validation.byDefaultProvider().configure()
        // explicit interpolator over the contributor bundles; the locale is given per call, never the default
        .messageInterpolator(new ResourceBundleMessageInterpolator(
            new PlatformResourceBundleLocator("ValidationMessages", null, true)))
        .buildValidatorFactory();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  private static Validator validator(Locale locale) {
    return factory.usingContext()
        .messageInterpolator(new LocaleInterpolator(factory.getMessageInterpolator(), locale))
        .getValidator();
  }

  private static Set<String> invalidPaths(SampleSubject bean) {
    return validator(Locale.ENGLISH).validate(bean).stream()
        .map(v -> v.getPropertyPath().toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void validValuesPass() {
    SampleSubject ok = new SampleSubject("11230500001755309F", "11010519491231002X", "611026", "611026",
        List.of("9144030071526726XG"));
    assertThat(invalidPaths(ok)).isEmpty();
  }

  @Test
  void nullIsValid() {
    assertThat(invalidPaths(new SampleSubject(null, null, null, null, null))).isEmpty();
    assertThat(invalidPaths(new SampleSubject(null, null, null, null, java.util.Arrays.asList((String) null))))
        .isEmpty();
  }

  @Test
  void invalidValuesAreReportedAtTheirProperty() {
    // R-ID-1 invalid example; R-ID-2 lower-case x; R-ID-3 five digits; well-formed but unknown with known=true
    SampleSubject bad = new SampleSubject("911100001000000000", "11010519491231002x", "61102", "999999",
        List.of("9144030071526726XG", "11230500001755309f"));
    assertThat(invalidPaths(bad))
        .containsExactly("currentDivision", "divisionCode", "formerUsccs[1].<list element>", "idNumber", "uscc");
  }

  @Test
  void divisionCodeChecksOnlyTheFormByDefault() {
    // 999999 is six digits: valid for @DivisionCode, invalid for @DivisionCode(known = true)
    SampleSubject bean = new SampleSubject(null, null, "999999", "611026", null);
    assertThat(invalidPaths(bean)).isEmpty();
  }

  @Test
  void parametersAreValidated() throws NoSuchMethodException {
    ExecutableValidator executables = validator(Locale.ENGLISH).forExecutables();
    Method register = Registry.class.getDeclaredMethod("register", String.class);
    assertThat(executables.validateParameters(new Registry(), register, new Object[] {"11230500001755309F"}))
        .isEmpty();
    assertThat(executables.validateParameters(new Registry(), register, new Object[] {"11230500001755309E"}))
        .hasSize(1);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "uscc            | must be a valid unified social credit code",
      "idNumber        | must be a valid citizen ID number",
      "divisionCode    | must be a 6-digit administrative division code",
      "currentDivision | must be a known 6-digit administrative division code",
  })
  void englishMessages(String property, String messageStart) {
    assertThat(message(Locale.ENGLISH, property)).startsWith(messageStart);
    // the root bundle is English too: a locale without a bundle (here Turkish) falls back to it
    assertThat(message(Locale.forLanguageTag("tr-TR"), property)).startsWith(messageStart);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "uscc            | 必须是有效的统一社会信用代码",
      "idNumber        | 必须是有效的公民身份号码",
      "divisionCode    | 必须是 6 位数字的行政区划代码",
      "currentDivision | 必须是已知的行政区划代码",
  })
  void chineseMessages(String property, String messageStart) {
    assertThat(message(Locale.SIMPLIFIED_CHINESE, property)).startsWith(messageStart);
  }

  @Test
  void theMessageTemplateIsTheAnnotationsFqcnKey() {
    Set<ConstraintViolation<SampleSubject>> violations = validator(Locale.ENGLISH)
        .validate(new SampleSubject("911100001000000000", "11010519491231002x", "61102", null, null));
    assertThat(violations).extracting(ConstraintViolation::getMessageTemplate).containsExactlyInAnyOrder(
        "{org.chengxin.core.constraints.Uscc.message}",
        "{org.chengxin.core.constraints.CitizenId.message}",
        "{org.chengxin.core.constraints.DivisionCode.message}");
    // the ID number is personal data: the message never quotes it
    assertThat(violations).extracting(ConstraintViolation::getMessage)
        .noneMatch(m -> m.contains("11010519491231002x"));
  }

  private static String message(Locale locale, String property) {
    SampleSubject bad = new SampleSubject("911100001000000000", "11010519491231002x", "61102", "999999", null);
    Set<ConstraintViolation<SampleSubject>> violations = validator(locale).validateProperty(bad, property);
    assertThat(violations).hasSize(1);
    return violations.iterator().next().getMessage();
  }

  /** Interpolates with a fixed locale: the tests never depend on the JVM's default locale (Turkish here). */
  private static final class LocaleInterpolator implements jakarta.validation.MessageInterpolator {
    private final jakarta.validation.MessageInterpolator delegate;
    private final Locale locale;

    LocaleInterpolator(jakarta.validation.MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return delegate.interpolate(template, context, locale);
    }
  }
}
