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
import org.chengxin.core.internal.CitizenIdValidator;

/**
 * The annotated character sequence is a valid 公民身份号码 (citizen ID number, R-ID-2): 17 digits with a real
 * birth date in digits 7–14 and a correct check character ({@code X} upper case). See
 * {@link org.chengxin.core.CitizenIdNumber}. The message never quotes the number (personal data).
 *
 * <p>Applies to {@link CharSequence} fields, parameters, return values and type arguments
 * ({@code List<@CitizenId String>}). {@code null} is valid: combine with {@code @NotNull} where the value is required.
 * The message key is {@code org.chengxin.core.constraints.CitizenId.message}, resolved from
 * {@code ContributorValidationMessages*.properties} (English by default, {@code zh_CN} Chinese).
 *
 * <pre>{@code
 * record Official(@CitizenId String idNumber) {}  // "11010519491231002X" is valid, "11010519491231002x" not
 * }</pre>
 */
@Documented
@Constraint(validatedBy = CitizenIdValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(CitizenId.List.class)
public @interface CitizenId {

  /** The message template; by default the bundle's {@code org.chengxin.core.constraints.CitizenId.message}. */
  String message() default "{org.chengxin.core.constraints.CitizenId.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @CitizenId} constraints on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** The constraints. */
    CitizenId[] value();
  }
}
