/**
 * Jakarta Bean Validation constraints for Chengxin's identifiers: {@link org.chengxin.core.constraints.Uscc}
 * (统一社会信用代码), {@link org.chengxin.core.constraints.CitizenId} (公民身份号码) and
 * {@link org.chengxin.core.constraints.DivisionCode} (行政区划代码).
 *
 * <p>They need a Bean Validation 3 provider at run time (e.g. Hibernate Validator); core only compiles against the
 * API. Messages come from {@code ContributorValidationMessages.properties} (English, the default),
 * {@code ContributorValidationMessages_en.properties} and {@code ContributorValidationMessages_zh_CN.properties}
 * shipped in the core jar; an application's own {@code ValidationMessages.properties} can override any key.
 *
 * <pre>{@code
 * class Subject {
 *   @Uscc String uscc;
 *   @CitizenId String idNumber;
 *   @DivisionCode(known = true) String divisionCode;
 *   List<@Uscc String> formerUsccs;
 * }
 * }</pre>
 */
package org.chengxin.core.constraints;
