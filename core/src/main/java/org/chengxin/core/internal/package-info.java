/**
 * Internals of core: the Bean Validation {@code ConstraintValidator}s behind
 * {@link org.chengxin.core.constraints}. Not API; may change without notice.
 */
package org.chengxin.core.internal;
