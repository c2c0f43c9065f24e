/**
 * Internals of core: the Bean Validation {@code ConstraintValidator}s behind
 * {@link org.chengxin.core.constraints}, and {@link org.chengxin.core.internal.CheckedIdentifiers} for readers that
 * have checked identifiers already. Not API; may change without notice.
 */
package org.chengxin.core.internal;
