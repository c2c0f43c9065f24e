package org.chengxin.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The value style of the engine's per-record results (the package's style, see {@code package-info.java}, with
 * {@code jdk9Collections}): their lists are made with {@code List.copyOf}, which keeps a list that is already
 * immutable (a profile's basis list, {@code List.of()}) instead of copying it element by element, and is one small
 * JDK method for the JIT instead of a copy loop inlined at every list attribute of every type.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    jdk9Collections = true,
    defaults = @Value.Immutable(copy = true))
@interface ResultStyle {}
