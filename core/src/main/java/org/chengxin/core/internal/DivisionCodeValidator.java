package org.chengxin.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.chengxin.core.DivisionRegistry;
import org.chengxin.core.constraints.DivisionCode;

/**
 * Validates {@link DivisionCode}: null is valid, anything else must be six digits and, with
 * {@code known = true}, a code of {@link DivisionRegistry#national()}. A well-formed but unknown code is reported
 * with the key {@code org.chengxin.core.constraints.DivisionCode.unknown.message} unless the annotation names its
 * own message.
 */
public final class DivisionCodeValidator implements ConstraintValidator<DivisionCode, CharSequence> {

  static final String DEFAULT_MESSAGE = "{org.chengxin.core.constraints.DivisionCode.message}";
  static final String UNKNOWN_MESSAGE = "{org.chengxin.core.constraints.DivisionCode.unknown.message}";

  private boolean known;
  private boolean defaultMessage;

  /** Instantiated by the Bean Validation provider, then {@link #initialize}d. */
  public DivisionCodeValidator() {}

  @Override
  public void initialize(DivisionCode annotation) {
    known = annotation.known();
    defaultMessage = DEFAULT_MESSAGE.equals(annotation.message());
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (!org.chengxin.core.DivisionCode.isValid(value)) {
      return false;
    }
    if (!known || DivisionRegistry.national().isKnown(value.toString())) {
      return true;
    }
    if (defaultMessage) {
      // Well-formed but unknown: say so, unless the user chose their own message.
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(UNKNOWN_MESSAGE).addConstraintViolation();
    }
    return false;
  }
}
