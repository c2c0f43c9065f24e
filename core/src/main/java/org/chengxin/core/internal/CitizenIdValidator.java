package org.chengxin.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.chengxin.core.CitizenIdNumber;
import org.chengxin.core.constraints.CitizenId;

/** Validates {@link CitizenId}: null is valid, anything else must be a valid citizen ID number. */
public final class CitizenIdValidator implements ConstraintValidator<CitizenId, CharSequence> {

  /** Stateless; instantiated by the Bean Validation provider. */
  public CitizenIdValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || CitizenIdNumber.isValid(value);
  }
}
