/**
 * Reports and exchange documents of SPEC §6 (报表与推送): the public disclosure list (公示清单,
 * {@link org.chengxin.formats.report.DisclosureList}), the upward push batch with withdrawals (逐级推送,
 * {@link org.chengxin.formats.report.PushBatch}, {@link org.chengxin.formats.report.BatchVerifier}, over the
 * RFC 8785 canonical form of {@link org.chengxin.formats.report.Jcs}) and the periodic progress report
 * ({@link org.chengxin.formats.report.ProgressReports}). Every report reads its input once and assesses at a given
 * day; the semantics of each field are in {@code docs/reports.md}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
package org.chengxin.formats.report;

import org.immutables.value.Value;
