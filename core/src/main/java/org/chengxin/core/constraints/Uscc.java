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
import org.chengxin.core.internal.UsccValidator;

/**
 * The annotated character sequence is a valid 统一社会信用代码 (unified social credit code, R-ID-1): 18 characters
 * of {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} with a correct check character; lower case is invalid. See
 * {@link org.chengxin.core.UnifiedSocialCreditCode}.
 *
 * <p>Applies to {@link CharSequence} fields, parameters, return values and type arguments
 * ({@code List<@Uscc String>}). {@code null} is valid: combine with {@code @NotNull} where the value is required.
 * The message key is {@code org.chengxin.core.constraints.Uscc.message}, resolved from
 * {@code ContributorValidationMessages*.properties} (English by default, {@code zh_CN} Chinese).
 *
 * <pre>{@code
 * record Source(@Uscc String unitUscc) {}       // "11230500001755309F" is valid, "911100001000000000" not
 * }</pre>
 */
@Documented
@Constraint(validatedBy = UsccValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Uscc.List.class)
public @interface Uscc {

  /** The message template; by default the bundle's {@code org.chengxin.core.constraints.Uscc.message}. */
  String message() default "{org.chengxin.core.constraints.Uscc.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @Uscc} constraints on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** The constraints. */
    Uscc[] value();
  }
}
