/**
 * The canonical model of government-integrity dishonesty records (政务失信记录): the record and its parts,
 * the codes they use, identifiers (统一社会信用代码, 公民身份号码, 行政区划代码) and the {@link org.chengxin.core.Problem}
 * model shared by the validator and the engine.
 *
 * <p>All value types are immutable. Build them with {@code X.builder()}; generated {@code Immutable*} classes are
 * an implementation detail and never appear in a signature.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    optionalAcceptNullable = true,
    // An all-values constructor per type (in the package-private Immutable* classes, so not API): lent to
    // core.internal.ModelValues, which readers use to bind records without a builder per object.
    allParameters = true,
    defaults = @Value.Immutable(copy = true))
package org.chengxin.core;

import org.immutables.value.Value;
