/**
 * The rules: the working-day calendar ({@link org.chengxin.rules.WorkingDayCalendar}), versioned jurisdiction
 * profiles ({@link org.chengxin.rules.Profile}, loaded through {@link org.chengxin.rules.ProfileProvider}) and the
 * pure assessment engine.
 *
 * <p>Nothing in this package reads the clock, the default time zone or the default locale, or does I/O while
 * computing; profiles and calendars are data, loaded once.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
package org.chengxin.rules;

import org.immutables.value.Value;
