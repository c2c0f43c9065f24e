package org.chengxin.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.chengxin.core.internal.DivisionCodeValidator;

/**
 * The annotated character sequence is a 行政区划代码 (division code, R-ID-3): six digits, and with
 * {@code known = true} also a code {@link org.chengxin.core.DivisionRegistry#national()} knows. By default only
 * the form is checked, because retired codes legitimately appear in old identifiers (an unknown code is a
 * warning, not an error, in the Chengxin validator). See {@link org.chengxin.core.DivisionCode}.
 *
 * <p>Applies to {@link CharSequence} fields, parameters, return values and type arguments
 * ({@code List<@DivisionCode String>}). {@code null} is valid: combine with {@code @NotNull} where the value is required.
 * The message key is {@code org.chengxin.core.constraints.DivisionCode.message}, resolved from
 * {@code ContributorValidationMessages*.properties} (English by default, {@code zh_CN} Chinese).
 *
 * <pre>{@code
 * record Unit(@DivisionCode String division,                 // "999999" is valid: six digits
 *             @DivisionCode(known = true) String current) {} // "999999" is not: unknown
 * }</pre>
 */
@Documented
@Constraint(validatedBy = DivisionCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(DivisionCode.List.class)
public @interface DivisionCode {

  /** The message template; by default the bundle's {@code org.chengxin.core.constraints.DivisionCode.message}. */
  String message() default "{org.chengxin.core.constraints.DivisionCode.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Whether the code must also be known to {@link org.chengxin.core.DivisionRegistry#national()}. */
  boolean known() default false;

  /** Several {@code @DivisionCode} constraints on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** The constraints. */
    DivisionCode[] value();
  }
}
