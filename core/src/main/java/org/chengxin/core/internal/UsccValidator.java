package org.chengxin.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.chengxin.core.UnifiedSocialCreditCode;
import org.chengxin.core.constraints.Uscc;

/** Validates {@link Uscc}: null is valid, anything else must be a valid unified social credit code. */
public final class UsccValidator implements ConstraintValidator<Uscc, CharSequence> {

  /** Stateless; instantiated by the Bean Validation provider. */
  public UsccValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || UnifiedSocialCreditCode.isValid(value);
  }
}
