package org.chengxin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengxin.rules.TestRecords.official;
import static org.chengxin.rules.TestRecords.org;
import static org.chengxin.rules.TestRecords.penalty;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chengxin.core.Category;
import org.chengxin.core.DisclosureRestriction;
import org.chengxin.core.Language;
import org.chengxin.core.MitigationDecision;
import org.chengxin.core.ObjectionOutcome;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Record;
import org.chengxin.core.SanctionType;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Worked examples of SPEC §4, one row per case, each citing its rule. Every expected value was computed by hand
 * from the SPEC (arithmetic in the comment), with the 2024/2025 State Council holiday notices and the profiles of §5,
 * run against the real {@code cn-national} calendar and the six shipped profiles ({@link ProfileRegistry}).
 *
 * <p>Calendar facts used below: 2024-01-08 is a Monday; 2024-02-10..17 is the Spring Festival, 2024-02-18 (Sun) an
 * adjusted working day; 2024-09-29 (Sun) and 2024-10-12 (Sat) adjusted working days around the 10-01..10-07
 * holiday; 2025-01-09 is a Thursday.
 */
class AssessorTest {

  private static final ProfileRegistry PROFILES = ProfileRegistry.load();
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendars.national();
  private static final Profile N = PROFILES.get("cn-national");
  private static final Profile Z = PROFILES.get("zhashui-2021");
  private static final Profile F = PROFILES.get("fujian-2017");
  private static final Profile S = PROFILES.get("shenfu-2022");
  private static final Profile Q = PROFILES.get("qinhuangdao-transport-2021");
  private static final Profile H = PROFILES.get("hainan-2017");
  private static final Profile HIDE = Profile.builder().from(N).id("test-hide")
      .hideDuringObjection(Param.of(true, Basis.of("test:hide", true))).build();
  private static final Profile MERGE = mergeProfile();

  /** The §4.10 base: a GENERAL administrative penalty decided 2024-01-08 (Mon), published 2024-01-12. */
  private static TestRecords b() {
    return penalty(Tier.GENERAL, "2024-01-08").published("2024-01-12");
  }

  /** The base, rectified 2024-02-20 (RECTIFICATION lastDay 2024-02-19). */
  private static TestRecords br() {
    return b().rectified("2024-02-20");
  }

  private static TestRecords restricted(Tier tier, String decidedOn) {
    return penalty(tier, decidedOn).restricted(DisclosureRestriction.STATE_SECRET);
  }

  private static Arguments c(String name, Profile profile, TestRecords record, String asOf, String expected) {
    return Arguments.of(name, profile, record.build(), LocalDate.parse(asOf), expected);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // ---------------------------------------------------------------------------------------------------
        // §4.10 worked example (zhashui-2021): era 2023-05-01 (GENERAL 3M–1Y); publishBy = 7th working day after
        // 2024-01-08 = 01-17; minimumLastDay = 01-08 + P3M = 04-08; lastDay = 01-08 + P1Y = 2025-01-08;
        // retention = 01-08 + P5Y = 2029-01-08; eligibleFrom = max(04-08 + 1, rectified 02-20) = 2024-04-09
        // (the minimum period dominates the rectification date); RECTIFICATION lastDay = 02-20 − 1 = 02-19, ENDED.
        c("§4.10 example: dates", Z, br(), "2024-03-01",
            "era=2023-05-01; state=ACTIVE; tier=GENERAL; disclosure.disclosable=true; disclosure.reason=null;"
                + " disclosure.publishBy=2024-01-17; disclosure.publishedOn=2024-01-12; disclosure.publication=ON_TIME;"
                + " disclosure.minimumLastDay=2024-04-08; disclosure.lastDay=2025-01-08; disclosure.visible=true;"
                + " disclosure.underObjection=false; disclosure.endedOn=null; disclosure.endReason=null;"
                + " retention.lastDay=2029-01-08; retention.purgeDue=false; objection.status=NONE;"
                + " objection.decideBy=null; objection.overdue=false"),
        c("§4.10 example: repair and measures", Z, br(), "2024-03-01",
            "repair.status=NOT_APPLIED; repair.eligible=false; repair.eligibleFrom=2024-04-09;"
                + " repair.blockers=[MINIMUM_PERIOD_NOT_ELAPSED]; repair.pushBy=null;"
                + " m.RECTIFICATION/UNIT.kind=RESTRICTION; m.RECTIFICATION/UNIT.statutory=false;"
                + " m.RECTIFICATION/UNIT.from=2024-01-08; m.RECTIFICATION/UNIT.lastDay=2024-02-19;"
                + " m.RECTIFICATION/UNIT.state=ENDED; m.RECTIFICATION/UNIT.basis=[seed:zhashui-2021:五(三)4];"
                + " remedies=[]; withdrawBy=null; problems=[]"),
        // R-MEAS sort: by code name (ASCII), then target; zhashui adds DISCIPLINE_REFERRAL/PRINCIPAL (五(三)4).
        c("R-MEAS sort order, zhashui measures", Z, br(), "2024-03-01",
            "measures=[DISCIPLINE_REFERRAL/PRINCIPAL, EVALUATION_DOWNGRADE/UNIT, HONOR_INELIGIBILITY/UNIT,"
                + " PRINCIPAL_ACCOUNTABILITY/PRINCIPAL, PUBLIC_CRITICISM/UNIT, RECTIFICATION/UNIT,"
                + " WRITTEN_EXPLANATION/UNIT]; m.DISCIPLINE_REFERRAL/PRINCIPAL.kind=ACTION;"
                + " m.DISCIPLINE_REFERRAL/PRINCIPAL.lastDay=null; m.DISCIPLINE_REFERRAL/PRINCIPAL.state=ACTIVE;"
                + " m.DISCIPLINE_REFERRAL/PRINCIPAL.basis=[seed:zhashui-2021:五(三)4];"
                + " m.HONOR_INELIGIBILITY/UNIT.lastDay=2025-01-08; m.HONOR_INELIGIBILITY/UNIT.state=ACTIVE"),
        // §5.1: national has no DISCIPLINE_REFERRAL.
        c("§5.1 national organisation measures", N, br(), "2024-03-01",
            "measures=[EVALUATION_DOWNGRADE/UNIT, HONOR_INELIGIBILITY/UNIT, PRINCIPAL_ACCOUNTABILITY/PRINCIPAL,"
                + " PUBLIC_CRITICISM/UNIT, RECTIFICATION/UNIT, WRITTEN_EXPLANATION/UNIT]"),
        c("§5.2 hainan keeps the national measures", H, br(), "2024-03-01",
            "measures=[EVALUATION_DOWNGRADE/UNIT, HONOR_INELIGIBILITY/UNIT, PRINCIPAL_ACCOUNTABILITY/PRINCIPAL,"
                + " PUBLIC_CRITICISM/UNIT, RECTIFICATION/UNIT, WRITTEN_EXPLANATION/UNIT]"),

        // ---------------------------------------------------------------------------------------------------
        // R-ASOF
        // Rectification 2024-02-20 is after asOf 02-19: ignored → RECTIFICATION open (lastDay null, ACTIVE), and
        // rectification is required and incomplete → eligibleFrom null.
        c("R-ASOF event after asOf ignored", Z, br(), "2024-02-19",
            "m.RECTIFICATION/UNIT.lastDay=null; m.RECTIFICATION/UNIT.state=ACTIVE;"
                + " repair.blockers=[MINIMUM_PERIOD_NOT_ELAPSED, RECTIFICATION_INCOMPLETE]; repair.eligibleFrom=null"),
        // publishedOn 01-12 > asOf 01-11: written null; not published and asOf ≤ publishBy 01-17 → PENDING.
        c("R-ASOF publishedOn after asOf written null", Z, b(), "2024-01-11",
            "disclosure.publishedOn=null; disclosure.publication=PENDING; disclosure.visible=false"),
        c("R-ASOF publishedOn on asOf counts", Z, b(), "2024-01-12",
            "disclosure.publishedOn=2024-01-12; disclosure.publication=ON_TIME; disclosure.visible=true"),
        // asOf == decidedOn: assessed; measures start on effectiveOn = decidedOn → ACTIVE.
        c("R-STATE asOf on decidedOn", Z, b(), "2024-01-08",
            "state=ACTIVE; m.HONOR_INELIGIBILITY/UNIT.state=ACTIVE; disclosure.publication=PENDING"),
        c("R-STATE asOf before decidedOn refused", Z, b(), "2024-01-07", "refused=[AS_OF_BEFORE_DECISION]"),
        c("§3.3 category not in profile refused", N,
            org(Category.PAYMENT_ARREARS, Tier.GENERAL, "2024-01-08"), "2024-03-01",
            "refused=[CATEGORY_NOT_IN_PROFILE]"),
        // R-DATE-4: publishBy needs 2006-12-21.., before the national calendar (from 2007-01-01).
        c("R-DATE-4 calendar range refused", Z, penalty(Tier.GENERAL, "2006-12-20"), "2007-03-01",
            "refused=[CALENDAR_RANGE]"),

        // ---------------------------------------------------------------------------------------------------
        // R-ERA / R-DISC-3 (restricted records: no publication deadline, so no calendar needed)
        // 2019-06-30 < 2019-07-01 → era 2017-07-31, GENERAL min = max = 1Y → 2020-06-30.
        c("R-ERA day before 2019 era", N, restricted(Tier.GENERAL, "2019-06-30"), "2019-07-01",
            "era=2017-07-31; disclosure.minimumLastDay=2020-06-30; disclosure.lastDay=2020-06-30;"
                + " disclosure.reason=RESTRICTED; disclosure.publication=NOT_REQUIRED; disclosure.publishBy=null"),
        // 2019-07-01 → era 2019-07-01, GENERAL 3M–1Y: 2019-10-01, 2020-07-01.
        c("R-ERA first day of 2019 era", N, restricted(Tier.GENERAL, "2019-07-01"), "2019-07-01",
            "era=2019-07-01; disclosure.minimumLastDay=2019-10-01; disclosure.lastDay=2020-07-01"),
        // SERIOUS 2020-02-29, era 2019 (6M–3Y): + P6M = 2020-08-29; + P3Y = 2023-02-28 (R-DATE-1, no 02-29).
        c("R-DATE-1 leap day end of month", N, restricted(Tier.SERIOUS, "2020-02-29"), "2020-03-01",
            "era=2019-07-01; disclosure.minimumLastDay=2020-08-29; disclosure.lastDay=2023-02-28"),
        // Before the first era → the first era (2017-07-31): SERIOUS min = max = 3Y → 2020-01-01.
        c("R-DISC-3 decision before the first era", N, restricted(Tier.SERIOUS, "2017-01-01"), "2017-02-01",
            "era=2017-07-31; disclosure.minimumLastDay=2020-01-01; disclosure.lastDay=2020-01-01"),
        // 2023-04-30 → era 2019: SERIOUS 6M → 2023-10-30; 2023-05-01 → era 2023: SERIOUS 1Y → 2024-05-01.
        c("R-ERA day before 2023 era", N, restricted(Tier.SERIOUS, "2023-04-30"), "2023-05-01",
            "era=2019-07-01; disclosure.minimumLastDay=2023-10-30; disclosure.lastDay=2026-04-30"),
        c("R-ERA first day of 2023 era", N, restricted(Tier.SERIOUS, "2023-05-01"), "2023-05-01",
            "era=2023-05-01; disclosure.minimumLastDay=2024-05-01; disclosure.lastDay=2026-05-01"),
        // MINOR in 2023 era: as GENERAL (3M–1Y): 2026-03-31 + P1Y = 2027-03-31.
        c("R-ERA MINOR as GENERAL before 2026", N, restricted(Tier.MINOR, "2026-03-31"), "2026-04-01",
            "era=2023-05-01; disclosure.minimumLastDay=2026-06-30; disclosure.lastDay=2027-03-31"),
        // 2026 era: MINOR not disclosed, 0D–3M: min 2026-04-01, last 2026-07-01; not disclosable → NOT_REQUIRED.
        c("R-DISC-1 TIER_NOT_DISCLOSED (2026 era MINOR)", N,
            penalty(Tier.MINOR, "2026-04-01").published("2026-04-02"), "2026-04-10",
            "era=2026-04-01; disclosure.disclosable=false; disclosure.reason=TIER_NOT_DISCLOSED;"
                + " disclosure.minimumLastDay=2026-04-01; disclosure.lastDay=2026-07-01;"
                + " disclosure.publication=NOT_REQUIRED; disclosure.visible=false; state=ACTIVE"),
        // R-DISC-1 order: RESTRICTED is reported first even though the tier is not disclosed either.
        c("R-DISC-1 RESTRICTED before TIER_NOT_DISCLOSED", N, restricted(Tier.MINOR, "2026-04-01"), "2026-04-10",
            "disclosure.reason=RESTRICTED"),
        // Non-penalty categories: era null, [default] GENERAL 3M–3Y, no deadline.
        c("R-ERA other category: era null", N, org(Category.JUDICIAL_JUDGMENT, Tier.GENERAL, "2024-01-08")
                .published("2024-01-09"), "2024-03-01",
            "era=null; disclosure.minimumLastDay=2024-04-08; disclosure.lastDay=2027-01-08;"
                + " disclosure.publishBy=null; disclosure.publication=NOT_REQUIRED; disclosure.visible=true"),
        // 2023-11-30 + P3M = 2024-02-29 (leap year: the corresponding day exists).
        c("R-DATE-1 + P3M to 29 February", N, org(Category.CONTRACT_BREACH, Tier.MINOR, "2023-11-30"),
            "2024-01-01", "disclosure.minimumLastDay=2024-02-29; disclosure.lastDay=2026-11-30"),
        // SERIOUS default: 1Y–3Y.
        c("R-DISC-3 default SERIOUS periods", N, org(Category.CONTRACT_BREACH, Tier.SERIOUS, "2024-01-08"),
            "2024-03-01", "disclosure.minimumLastDay=2025-01-08; disclosure.lastDay=2027-01-08"),
        // §5.1: DISCIPLINARY_SANCTION is not disclosed; published is reported but never visible.
        c("R-DISC-1 CATEGORY_NOT_DISCLOSED", N,
            official(Category.DISCIPLINARY_SANCTION, Tier.GENERAL, "2024-01-08", SanctionType.DEMERIT, null)
                .published("2024-01-10"), "2024-03-01",
            "era=null; disclosure.disclosable=false; disclosure.reason=CATEGORY_NOT_DISCLOSED;"
                + " disclosure.publishedOn=2024-01-10; disclosure.visible=false; disclosure.publication=NOT_REQUIRED"),
        c("R-DISC-1 RESTRICTED, publishedOn reported", Z,
            b().restricted(DisclosureRestriction.TRADE_SECRET), "2024-03-01",
            "disclosure.disclosable=false; disclosure.reason=RESTRICTED; disclosure.publishedOn=2024-01-12;"
                + " disclosure.visible=false; disclosure.publishBy=null; disclosure.publication=NOT_REQUIRED"),

        // ---------------------------------------------------------------------------------------------------
        // R-DISC-2
        c("R-DISC-2 published on publishBy is ON_TIME", Z,
            penalty(Tier.GENERAL, "2024-01-08").published("2024-01-17"), "2024-03-01",
            "disclosure.publication=ON_TIME"),
        c("R-DISC-2 published after publishBy is LATE", Z,
            penalty(Tier.GENERAL, "2024-01-08").published("2024-01-18"), "2024-03-01",
            "disclosure.publication=LATE; disclosure.visible=true"),
        c("R-DISC-2 unpublished on publishBy is PENDING", Z, penalty(Tier.GENERAL, "2024-01-08"), "2024-01-17",
            "disclosure.publication=PENDING; disclosure.publishBy=2024-01-17"),
        c("R-DISC-2 unpublished after publishBy is OVERDUE", Z, penalty(Tier.GENERAL, "2024-01-08"), "2024-01-18",
            "disclosure.publication=OVERDUE; disclosure.visible=false"),
        // 2024-02-05 (Mon): 02-06, 07, 08, 09 (4), 02-18 Sun adjusted (5), 19 (6), 20 (7).
        c("R-DATE-2 across the Spring Festival", N, penalty(Tier.GENERAL, "2024-02-05"), "2024-02-06",
            "disclosure.publishBy=2024-02-20"),
        // 2024-09-27 (Fri): 09-29 Sun adj (1), 09-30 (2), 10-08 (3), 09 (4), 10 (5), 11 (6), 10-12 Sat adj (7).
        c("R-DATE-2 across National Day", N, penalty(Tier.GENERAL, "2024-09-27"), "2024-09-28",
            "disclosure.publishBy=2024-10-12"),
        c("R-DISC-2 revoked before publishBy, unpublished: NOT_REQUIRED", Z,
            penalty(Tier.GENERAL, "2024-01-08").revoked("2024-01-15"), "2024-02-01",
            "disclosure.publication=NOT_REQUIRED; disclosure.publishBy=null"),
        c("R-DISC-2 revoked on publishBy, unpublished: NOT_REQUIRED", Z,
            penalty(Tier.GENERAL, "2024-01-08").revoked("2024-01-17"), "2024-02-01",
            "disclosure.publication=NOT_REQUIRED; disclosure.publishBy=null"),
        c("R-DISC-2 revoked after publishBy, unpublished: OVERDUE", Z,
            penalty(Tier.GENERAL, "2024-01-08").revoked("2024-01-18"), "2024-02-01",
            "disclosure.publication=OVERDUE; disclosure.publishBy=2024-01-17"),
        c("R-DISC-2 published before the revocation: ON_TIME", Z, b().revoked("2024-01-15"), "2024-02-01",
            "disclosure.publication=ON_TIME; disclosure.publishBy=2024-01-17"),
        c("R-DISC-2 published on the revocation day: not before it", Z,
            penalty(Tier.GENERAL, "2024-01-08").published("2024-01-15").revoked("2024-01-15"), "2024-02-01",
            "disclosure.publication=NOT_REQUIRED; disclosure.publishBy=null"),
        c("R-DISC-2 category without deadline", N, org(Category.CONTRACT_BREACH, Tier.GENERAL, "2024-01-08"),
            "2024-03-01", "disclosure.publication=NOT_REQUIRED; disclosure.publishBy=null"),

        // ---------------------------------------------------------------------------------------------------
        // R-DISC-4 end of the active period
        c("R-DISC-4 active on lastDay", Z, br(), "2025-01-08",
            "state=ACTIVE; disclosure.visible=true; disclosure.endedOn=null; m.HONOR_INELIGIBILITY/UNIT.state=ACTIVE"),
        // lastDay + 1 = 2025-01-09; WHILE_ACTIVE measures ENDED (asOf > lastDay); ONCE actions ENDED (endedOn ≤ asOf).
        c("R-DISC-4 EXPIRED on lastDay + 1", Z, br(), "2025-01-09",
            "state=EXPIRED; disclosure.visible=false; disclosure.endedOn=2025-01-09; disclosure.endReason=EXPIRED;"
                + " m.HONOR_INELIGIBILITY/UNIT.state=ENDED; m.WRITTEN_EXPLANATION/UNIT.state=ENDED;"
                + " repair.blockers=[NOT_ACTIVE]; repair.eligibleFrom=null"),
        // A repair approved on lastDay + 1 ties with EXPIRED and wins; the record was not active on A → warning.
        // pushBy = 3rd working day after 2025-01-09 (Thu): 01-10, 13, 14.
        c("R-DISC-4 repair on lastDay + 1 wins the tie", Z, br().repaired("2024-12-02", "2025-01-09"), "2025-01-20",
            "state=REPAIRED; disclosure.endedOn=2025-01-09; disclosure.endReason=REPAIRED; repair.status=APPROVED;"
                + " repair.pushBy=2025-01-14; problems=[REPAIR_NOT_ELIGIBLE]"),
        // R − 1 = 2025-01-08 = lastDay: still visible → withdrawBy = 01-09 + 3 = 01-12 (Sun) → 01-13 (Mon).
        c("R-DISC-4 revocation on lastDay + 1 wins the tie", Z, br().revoked("2025-01-09"), "2025-01-20",
            "state=REVOKED; disclosure.endedOn=2025-01-09; disclosure.endReason=REVOKED; withdrawBy=2025-01-13"),
        // A later repair (2025-01-10) leaves EXPIRED; pushBy = 3rd working day after 01-10 (Fri): 13, 14, 15.
        c("R-DISC-4 repair after expiry leaves EXPIRED", Z, br().repaired("2024-12-02", "2025-01-10"), "2025-01-20",
            "state=EXPIRED; disclosure.endedOn=2025-01-09; disclosure.endReason=EXPIRED; repair.status=APPROVED;"
                + " repair.pushBy=2025-01-15; m.HONOR_INELIGIBILITY/UNIT.state=ENDED"),
        c("R-DISC-4 same day: revocation before repair", Z,
            br().repaired("2024-05-01", "2024-06-03").revoked("2024-06-03"), "2024-06-10",
            "state=REVOKED; disclosure.endedOn=2024-06-03; disclosure.endReason=REVOKED"),
        c("R-DISC-4 same day revocations: the earlier in the array (UPHELD_WITHDRAWN)", Z,
            br().objection("2024-03-01").resolved("2024-03-05", ObjectionOutcome.UPHELD_WITHDRAWN)
                .revoked("2024-03-05"), "2024-03-10",
            "state=REVOKED; disclosure.endReason=OBJECTION_UPHELD; objection.status=UPHELD_WITHDRAWN"),
        c("R-DISC-4 same day revocations: the earlier in the array (DECISION_REVOKED)", Z,
            br().objection("2024-03-01").revoked("2024-03-05")
                .resolved("2024-03-05", ObjectionOutcome.UPHELD_WITHDRAWN), "2024-03-10",
            "state=REVOKED; disclosure.endReason=REVOKED"),

        // ---------------------------------------------------------------------------------------------------
        // R-DISC-5 / R-OBJ
        // decideBy = 5th working day after 2024-03-01 (Fri): 03-04, 05, 06, 07, 08.
        c("R-DISC-5 pending objection stays visible", Z, br().objection("2024-03-01"), "2024-03-04",
            "state=UNDER_OBJECTION; disclosure.underObjection=true; disclosure.visible=true;"
                + " objection.status=PENDING; objection.decideBy=2024-03-08; objection.overdue=false"),
        c("R-DISC-5 hideDuringObjection hides", HIDE, br().objection("2024-03-01"), "2024-03-04",
            "disclosure.underObjection=true; disclosure.visible=false"),
        c("R-OBJ overdue after decideBy", Z, br().objection("2024-03-01"), "2024-03-11",
            "objection.overdue=true; objection.decideBy=2024-03-08"),
        c("R-OBJ not overdue on decideBy", Z, br().objection("2024-03-01"), "2024-03-08", "objection.overdue=false"),
        // decideBy = 5th working day after 2024-02-05: 02-06, 07, 08, 09, 02-18 (Sun, adjusted) — R-DATE-2 example.
        c("R-OBJ decideBy across the Spring Festival; kept after REJECTED", Z,
            br().objection("2024-02-05").resolved("2024-02-07", ObjectionOutcome.REJECTED), "2024-03-01",
            "objection.status=REJECTED; objection.decideBy=2024-02-18; objection.overdue=false; state=ACTIVE;"
                + " disclosure.underObjection=false"),
        // Latest objection: filed 03-11 (Mon), decideBy 03-12, 13, 14, 15, 18.
        c("R-OBJ-2 the latest objection is reported", Z,
            br().objection("2024-03-01").resolved("2024-03-04", ObjectionOutcome.REJECTED).objection("2024-03-11"),
            "2024-03-12", "objection.status=PENDING; objection.decideBy=2024-03-18; state=UNDER_OBJECTION"),
        c("R-OBJ-1 zhashui suspends non-statutory measures", Z, br().objection("2024-03-01"), "2024-03-04",
            "m.HONOR_INELIGIBILITY/UNIT.state=SUSPENDED; m.WRITTEN_EXPLANATION/UNIT.state=SUSPENDED;"
                + " m.RECTIFICATION/UNIT.state=ENDED; m.HONOR_INELIGIBILITY/UNIT.lastDay=2025-01-08"),
        c("R-OBJ-1 national does not suspend", N, br().objection("2024-03-01"), "2024-03-04",
            "m.HONOR_INELIGIBILITY/UNIT.state=ACTIVE"),
        // Suspension from filedOn: filed on asOf → suspended.
        c("R-OBJ-1 suspended from filedOn", Z, br().objection("2024-03-01"), "2024-03-01",
            "m.HONOR_INELIGIBILITY/UNIT.state=SUSPENDED"),
        // Until the resolution date, exclusive: resolved on asOf → measures resume.
        c("R-OBJ-1 resolution date exclusive", Z,
            br().objection("2024-03-01").resolved("2024-03-05", ObjectionOutcome.REJECTED), "2024-03-05",
            "m.HONOR_INELIGIBILITY/UNIT.state=ACTIVE; disclosure.underObjection=false; state=ACTIVE"),
        c("R-OBJ-1 statutory measures are not suspended", Z,
            official(Category.DISCIPLINARY_SANCTION, Tier.GENERAL, "2024-01-08", SanctionType.DEMERIT, null)
                .objection("2024-03-01"), "2024-03-04",
            "m.PROMOTION_BAN/PERSON.state=ACTIVE; m.SALARY_GRADE_FREEZE/PERSON.state=ACTIVE;"
                + " m.COMMENDATION_BAN/PERSON.state=SUSPENDED"),
        c("R-OBJ-2 UPHELD_CORRECTED only closes the objection", Z,
            br().objection("2024-03-01").resolved("2024-03-05", ObjectionOutcome.UPHELD_CORRECTED), "2024-03-10",
            "state=ACTIVE; objection.status=UPHELD_CORRECTED; disclosure.endedOn=null;"
                + " m.HONOR_INELIGIBILITY/UNIT.state=ACTIVE"),
        // UPHELD_WITHDRAWN 2024-03-05 (Tue) = R-REV: visible on 03-04 (objection pending, not hidden) →
        // withdrawBy = 03-05 + 3 = 03-08 (Fri, working day).
        c("R-OBJ-2 UPHELD_WITHDRAWN behaves as R-REV", Z,
            br().objection("2024-03-01").resolved("2024-03-05", ObjectionOutcome.UPHELD_WITHDRAWN), "2024-03-10",
            "state=REVOKED; disclosure.endedOn=2024-03-05; disclosure.endReason=OBJECTION_UPHELD;"
                + " objection.status=UPHELD_WITHDRAWN; m.HONOR_INELIGIBILITY/UNIT.state=VOID;"
                + " withdrawBy=2024-03-08; remedies=[REPUTATION_RESTORATION]; retention.purgeDue=true"),
        c("R-REV withdrawBy null when hidden during the objection", HIDE,
            br().objection("2024-03-01").resolved("2024-03-05", ObjectionOutcome.UPHELD_WITHDRAWN), "2024-03-10",
            "withdrawBy=null; state=REVOKED"),

        // ---------------------------------------------------------------------------------------------------
        // R-REV
        // R = 2024-03-01 (Fri): + 3 = 03-04 (Mon), a working day.
        c("R-REV revocation", Z, br().revoked("2024-03-01"), "2024-03-02",
            "state=REVOKED; disclosure.endedOn=2024-03-01; disclosure.endReason=REVOKED; disclosure.visible=false;"
                + " retention.purgeDue=true; retention.lastDay=2029-01-08; withdrawBy=2024-03-04;"
                + " remedies=[REPUTATION_RESTORATION]; m.RECTIFICATION/UNIT.state=VOID;"
                + " m.WRITTEN_EXPLANATION/UNIT.state=VOID"),
        // R = 2024-02-07: + 3 = 02-10 (holiday) → 02-11..17 holidays → 02-18 (Sun, adjusted working day).
        c("R-DATE-3 withdrawBy shifted to the next working day", Z, br().revoked("2024-02-07"), "2024-02-08",
            "withdrawBy=2024-02-18"),
        // Published 01-12, revoked 01-13: visible on 01-12 → 01-13 + 3 = 01-16 (Tue).
        c("R-REV visible on R − 1 exactly", Z, b().revoked("2024-01-13"), "2024-01-20", "withdrawBy=2024-01-16"),
        // R on decidedOn: R − 1 is before the record → not visible; R > effectiveOn fails → no remedy.
        c("R-REV revoked on decidedOn", Z, b().revoked("2024-01-08"), "2024-01-20",
            "withdrawBy=null; remedies=[]; state=REVOKED"),
        c("R-REV never published: no withdrawal, remedy owed", Z,
            penalty(Tier.GENERAL, "2024-01-08").revoked("2024-03-01"), "2024-03-02",
            "withdrawBy=null; remedies=[REPUTATION_RESTORATION]"),
        // Revoked 2025-02-10, after expiry (endedOn 2025-01-09 stays): not active on R − 1 → no withdrawal.
        c("R-REV after expiry", Z, br().revoked("2025-02-10"), "2025-02-11",
            "state=REVOKED; disclosure.endedOn=2025-01-09; disclosure.endReason=EXPIRED; withdrawBy=null;"
                + " m.HONOR_INELIGIBILITY/UNIT.state=VOID; remedies=[REPUTATION_RESTORATION]"),
        c("R-REV EXEMPT on effectiveOn: no remedy", Z,
            br().mitigated("2024-01-08", MitigationDecision.EXEMPT).revoked("2024-03-01"), "2024-03-02",
            "remedies=[]; m.HONOR_INELIGIBILITY/UNIT.state=VOID"),
        c("R-REV EXEMPT after effectiveOn: remedy owed", Z,
            br().mitigated("2024-01-09", MitigationDecision.EXEMPT).revoked("2024-03-01"), "2024-03-02",
            "remedies=[REPUTATION_RESTORATION]"),
        c("R-REV statutory measures VOID too", Z,
            official(Category.DISCIPLINARY_SANCTION, Tier.GENERAL, "2024-01-08", SanctionType.DEMERIT, null)
                .revoked("2024-03-01"), "2024-03-02",
            "m.PROMOTION_BAN/PERSON.state=VOID; state=REVOKED; withdrawBy=null"),
        c("R-REV revocation after asOf is ignored", Z, br().revoked("2024-03-01"), "2024-02-29",
            "state=ACTIVE; withdrawBy=null; remedies=[]; retention.purgeDue=false"),

        // ---------------------------------------------------------------------------------------------------
        // R-REP-1
        c("R-REP-1 eligible on minimumLastDay + 1", Z, br(), "2024-04-09",
            "repair.eligible=true; repair.blockers=[]; repair.eligibleFrom=2024-04-09"),
        c("R-REP-1 not eligible on minimumLastDay", Z, br(), "2024-04-08",
            "repair.eligible=false; repair.blockers=[MINIMUM_PERIOD_NOT_ELAPSED]"),
        // Rectified 05-10, after minimumLastDay + 1 = 04-09 → eligibleFrom 05-10.
        c("R-REP-1 eligibleFrom = rectification date", Z, b().rectified("2024-05-10"), "2024-05-20",
            "repair.eligible=true; repair.eligibleFrom=2024-05-10"),
        c("R-REP-1 rectification incomplete", Z, b(), "2024-05-01",
            "repair.eligible=false; repair.blockers=[RECTIFICATION_INCOMPLETE]; repair.eligibleFrom=null"),
        // EXEMPT waives RECTIFICATION → not required → eligibleFrom = minimumLastDay + 1.
        c("R-REP-1 waived rectification is not required", Z,
            b().mitigated("2024-02-01", MitigationDecision.EXEMPT), "2024-05-01",
            "repair.eligible=true; repair.eligibleFrom=2024-04-09; m.RECTIFICATION/UNIT.state=WAIVED"),
        c("R-REP-1 LIGHTER does not waive rectification", Z,
            b().mitigated("2024-02-01", MitigationDecision.LIGHTER), "2024-05-01",
            "repair.blockers=[RECTIFICATION_INCOMPLETE]; m.RECTIFICATION/UNIT.state=ACTIVE"),
        c("R-REP-1 pending objection blocks", N, br().objection("2024-04-30"), "2024-05-01",
            "repair.blockers=[OBJECTION_PENDING]; repair.eligibleFrom=null"),
        // eligibleFrom = max(04-09, rectified 02-20, resolved 05-06) = 05-06.
        c("R-REP-1 eligibleFrom = last objection resolution", N,
            br().objection("2024-04-30").resolved("2024-05-06", ObjectionOutcome.REJECTED), "2024-05-07",
            "repair.eligible=true; repair.eligibleFrom=2024-05-06"),
        c("R-REP-1 NOT_REPAIRABLE category", N,
            org(Category.JUDICIAL_JUDGMENT, Tier.GENERAL, "2024-01-08").rectified("2024-02-20"), "2024-05-01",
            "repair.status=NOT_REPAIRABLE; repair.blockers=[NOT_REPAIRABLE]; repair.eligibleFrom=null;"
                + " repair.eligible=false"),
        // Revoked: a VOID RECTIFICATION still counts as required; blockers sorted as ASCII strings.
        c("R-REP-1 blockers of a revoked record, sorted by name", Z, b().revoked("2024-03-01"), "2024-03-02",
            "repair.blockers=[MINIMUM_PERIOD_NOT_ELAPSED, NOT_ACTIVE, RECTIFICATION_INCOMPLETE, REVOKED];"
                + " repair.eligibleFrom=null"),
        // EXEMPT waives RECTIFICATION, but after the revocation its state is VOID (first match), and a VOID
        // RECTIFICATION still counts as required → RECTIFICATION_INCOMPLETE.
        c("R-REP-1 VOID precedes WAIVED for the rectification requirement", Z,
            b().mitigated("2024-02-01", MitigationDecision.EXEMPT).revoked("2024-05-31"), "2024-06-03",
            "repair.blockers=[NOT_ACTIVE, RECTIFICATION_INCOMPLETE, REVOKED]; m.RECTIFICATION/UNIT.state=VOID"),
        // 2017 era: GENERAL min = max = 1Y → minimumLastDay + 1 = 2019-03-02 > lastDay 2019-03-01 → null.
        c("R-REP-1 eligibleFrom after lastDay is null", N, restricted(Tier.GENERAL, "2018-03-01")
                .rectified("2018-03-10"), "2018-06-01",
            "repair.blockers=[MINIMUM_PERIOD_NOT_ELAPSED]; repair.eligibleFrom=null"),

        // ---------------------------------------------------------------------------------------------------
        // R-REP-2 / R-REP-3
        // Approved 2024-04-15 (Mon): pushBy = 04-16, 17, 18. Restrictions LIFTED; RECTIFICATION ended before A.
        c("R-REP-2 approved repair", Z, br().repaired("2024-04-10", "2024-04-15"), "2024-04-20",
            "state=REPAIRED; disclosure.endedOn=2024-04-15; disclosure.endReason=REPAIRED; disclosure.visible=false;"
                + " repair.status=APPROVED; repair.pushBy=2024-04-18; repair.blockers=[NOT_ACTIVE];"
                + " m.HONOR_INELIGIBILITY/UNIT.state=LIFTED; m.EVALUATION_DOWNGRADE/UNIT.state=LIFTED;"
                + " m.RECTIFICATION/UNIT.state=ENDED; m.WRITTEN_EXPLANATION/UNIT.state=ENDED;"
                + " m.DISCIPLINE_REFERRAL/PRINCIPAL.state=ENDED; problems=[]"),
        c("R-REP-2 lifted from A (on A)", Z, br().repaired("2024-04-10", "2024-04-15"), "2024-04-15",
            "m.HONOR_INELIGIBILITY/UNIT.state=LIFTED; state=REPAIRED"),
        c("R-REP-2 approved on minimumLastDay: REPAIR_NOT_ELIGIBLE", Z,
            br().repaired("2024-04-01", "2024-04-08"), "2024-04-20",
            "problems=[REPAIR_NOT_ELIGIBLE]; state=REPAIRED; disclosure.endedOn=2024-04-08"),
        c("R-REP-2 approved on minimumLastDay + 1: no warning", Z,
            br().repaired("2024-04-01", "2024-04-09"), "2024-04-20", "problems=[]; state=REPAIRED"),
        // A = 2024-09-27 (Fri): 09-29 (Sun, adjusted) 1, 09-30 2, 10-08 3.
        c("R-REP-2 pushBy across National Day", Z, br().repaired("2024-09-20", "2024-09-27"), "2024-10-10",
            "repair.pushBy=2024-10-08"),
        c("R-REP-3 REJECTED", Z, br().applied("2024-04-10").decided("2024-04-15", false), "2024-04-20",
            "repair.status=REJECTED; state=ACTIVE; repair.pushBy=null; m.HONOR_INELIGIBILITY/UNIT.state=ACTIVE"),
        c("R-REP-3 new application after a rejection is PENDING", Z,
            br().applied("2024-04-10").decided("2024-04-15", false).applied("2024-04-16"), "2024-04-20",
            "repair.status=PENDING; repair.eligible=true"),
        // Official, zhashui (officials' repair, 五(三)6): DISCIPLINARY_SANCTION default GENERAL 3M–3Y; DEMERIT 12M:
        // PROMOTION_BAN and SALARY_GRADE_FREEZE lastDay 2024-01-08 + P12M = 2025-01-08, statutory, continue.
        c("R-REP-2 statutory measures continue after repair", Z,
            official(Category.DISCIPLINARY_SANCTION, Tier.GENERAL, "2024-01-08", SanctionType.DEMERIT, null)
                .repaired("2024-04-10", "2024-04-15"), "2024-04-20",
            "state=REPAIRED; repair.status=APPROVED; problems=[]; m.PROMOTION_BAN/PERSON.state=ACTIVE;"
                + " m.PROMOTION_BAN/PERSON.lastDay=2025-01-08; m.SALARY_GRADE_FREEZE/PERSON.state=ACTIVE;"
                + " m.COMMENDATION_BAN/PERSON.state=LIFTED; m.INTEGRITY_FILE_ENTRY/PERSON.state=ENDED"),
        // National: officials' records are not repairable; the approval still takes effect, with a warning.
        c("R-REP-3 approval in a NOT_REPAIRABLE category", N,
            official(Category.DISCIPLINARY_SANCTION, Tier.GENERAL, "2024-01-08", SanctionType.DEMERIT, null)
                .repaired("2024-04-10", "2024-04-15"), "2024-04-20",
            "repair.status=NOT_REPAIRABLE; state=REPAIRED; problems=[REPAIR_NOT_ELIGIBLE];"
                + " m.COMMENDATION_BAN/PERSON.state=LIFTED; m.PROMOTION_BAN/PERSON.state=ACTIVE"),
        // §5.2: every seed profile makes officials' records repairable (fujian 四(四), qinhuangdao 四(四), shenfu 7);
        // ACCOUNTABILITY default GENERAL min 3M → minimumLastDay 2024-04-08, eligibleFrom 04-09.
        c("§5.2 fujian repairs officials' records", F,
            official(Category.DISCIPLINARY_SANCTION, Tier.GENERAL, "2024-01-08", SanctionType.DEMERIT, null),
            "2024-04-20", "repair.status=NOT_APPLIED; repair.eligible=true; repair.eligibleFrom=2024-04-09"),
        c("§5.2 qinhuangdao repairs officials' records", Q,
            official(Category.ACCOUNTABILITY, Tier.GENERAL, "2024-01-08", SanctionType.POST_ADJUSTMENT, null),
            "2024-04-08", "repair.status=NOT_APPLIED; repair.eligible=false;"
                + " repair.blockers=[MINIMUM_PERIOD_NOT_ELAPSED]; m.PROMOTION_BAN/PERSON.lastDay=2025-01-08"),
        c("§5.2 shenfu repairs officials' records", S,
            official(Category.DISCIPLINARY_SANCTION, Tier.SERIOUS, "2024-01-08", SanctionType.PARTY_WARNING, null),
            "2024-04-20", "repair.status=NOT_APPLIED; repair.blockers=[MINIMUM_PERIOD_NOT_ELAPSED];"
                + " repair.eligibleFrom=2025-01-09; m.PARTY_PROMOTION_BAN/PERSON.lastDay=2025-01-08"),
        c("§5.1 national does not repair officials' records", N,
            official(Category.DISCIPLINARY_SANCTION, Tier.GENERAL, "2024-01-08", SanctionType.DEMERIT, null),
            "2024-04-20", "repair.status=NOT_REPAIRABLE; repair.blockers=[NOT_REPAIRABLE]; repair.eligibleFrom=null"),
        c("§5.2 hainan repairs officials' records", H,
            official(Category.ACCOUNTABILITY, Tier.GENERAL, "2024-01-08", SanctionType.ADMONITION, null),
            "2024-04-20", "repair.status=NOT_APPLIED; repair.eligible=true; repair.eligibleFrom=2024-04-09"),

        // ---------------------------------------------------------------------------------------------------
        // R-REP-4 (fujian-2017 六(四)): DISHONEST_JUDGMENT_DEBTOR 0D–2Y; performance ends the listing.
        // Performed 2024-03-01 (Fri): pushBy = 03-04, 05, 06; RECTIFICATION lastDay 02-29 ENDED.
        c("R-REP-4 performance ends the listing", F,
            org(Category.DISHONEST_JUDGMENT_DEBTOR, Tier.GENERAL, "2024-01-08").published("2024-01-10")
                .rectified("2024-03-01"), "2024-03-05",
            "state=REPAIRED; disclosure.endedOn=2024-03-01; disclosure.endReason=PERFORMED;"
                + " disclosure.minimumLastDay=2024-01-08; disclosure.lastDay=2026-01-08; disclosure.visible=false;"
                + " disclosure.publication=NOT_REQUIRED; era=null; repair.status=NOT_APPLIED;"
                + " repair.pushBy=2024-03-06; m.HONOR_INELIGIBILITY/UNIT.state=LIFTED;"
                + " m.RECTIFICATION/UNIT.lastDay=2024-02-29; m.RECTIFICATION/UNIT.state=ENDED"),
        c("R-REP-4 debtor listed before performance", F,
            org(Category.DISHONEST_JUDGMENT_DEBTOR, Tier.GENERAL, "2024-01-08").published("2024-01-10"), "2024-03-05",
            "state=ACTIVE; disclosure.visible=true; repair.blockers=[RECTIFICATION_INCOMPLETE]"),
        c("§5.2 debtors only in fujian", N,
            org(Category.DISHONEST_JUDGMENT_DEBTOR, Tier.GENERAL, "2024-01-08"), "2024-03-05",
            "refused=[CATEGORY_NOT_IN_PROFILE]"),

        // ---------------------------------------------------------------------------------------------------
        // R-MEAS
        // effectiveOn 01-15 > asOf 01-10 → PENDING; WHILE_ACTIVE lastDay counts from decidedOn (2025-01-08).
        c("R-MEAS PENDING before effectiveOn", Z, b().effectiveOn("2024-01-15"), "2024-01-10",
            "m.HONOR_INELIGIBILITY/UNIT.state=PENDING; m.HONOR_INELIGIBILITY/UNIT.from=2024-01-15;"
                + " m.HONOR_INELIGIBILITY/UNIT.lastDay=2025-01-08; m.WRITTEN_EXPLANATION/UNIT.state=PENDING"),
        // Rectified 01-10, before from 01-15: lastDay 01-09 < from → ENDED (ENDED precedes PENDING).
        c("R-MEAS UNTIL_RECTIFIED before from is ENDED", Z,
            b().effectiveOn("2024-01-15").rectified("2024-01-10"), "2024-01-12",
            "m.RECTIFICATION/UNIT.lastDay=2024-01-09; m.RECTIFICATION/UNIT.state=ENDED"),
        // PARTY_EXPULSION → only PARTY_READMISSION_BAN FIXED 60M: 2024-01-08 + P60M = 2029-01-08.
        c("§5.1 PARTY_EXPULSION", N,
            official(Category.DISCIPLINARY_SANCTION, Tier.SERIOUS, "2024-01-08", SanctionType.PARTY_EXPULSION, null),
            "2024-03-01",
            "measures=[COMMENDATION_BAN/PERSON, INTEGRITY_FILE_ENTRY/PERSON, PARTY_READMISSION_BAN/PERSON];"
                + " m.PARTY_READMISSION_BAN/PERSON.lastDay=2029-01-08; m.PARTY_READMISSION_BAN/PERSON.statutory=true;"
                + " m.PARTY_READMISSION_BAN/PERSON.kind=RESTRICTION"),
        // PARTY_PROBATION 12 → PARTY_PROMOTION_BAN = 12M + 24M = P36M → 2027-01-08.
        c("§5.1 PARTY_PROBATION periodMonths + 24M", N,
            official(Category.DISCIPLINARY_SANCTION, Tier.GENERAL, "2024-01-08", SanctionType.PARTY_PROBATION, 12),
            "2024-03-01", "m.PARTY_PROMOTION_BAN/PERSON.lastDay=2027-01-08"),
        // DEMERIT combined 30 months: 2024-01-08 + P30M = 2026-07-08 for both statutory measures.
        c("§5.1 periodMonths replaces the standard period", N,
            official(Category.DISCIPLINARY_SANCTION, Tier.GENERAL, "2024-01-08", SanctionType.DEMERIT, 30),
            "2024-03-01",
            "m.PROMOTION_BAN/PERSON.lastDay=2026-07-08; m.SALARY_GRADE_FREEZE/PERSON.lastDay=2026-07-08"),
        // WARNING 6M: PROMOTION_BAN 2024-07-08; no salary freeze (DEMERIT and above only).
        c("§5.1 government WARNING: no salary freeze", N,
            official(Category.DISCIPLINARY_SANCTION, Tier.MINOR, "2024-01-08", SanctionType.WARNING, null),
            "2024-03-01",
            "measures=[COMMENDATION_BAN/PERSON, INTEGRITY_FILE_ENTRY/PERSON, PROMOTION_BAN/PERSON];"
                + " m.PROMOTION_BAN/PERSON.lastDay=2024-07-08"),
        c("R-MEAS statutory FIXED measure ENDED after lastDay", N,
            official(Category.DISCIPLINARY_SANCTION, Tier.MINOR, "2024-01-08", SanctionType.WARNING, null),
            "2024-07-09", "m.PROMOTION_BAN/PERSON.state=ENDED; m.COMMENDATION_BAN/PERSON.state=ACTIVE"),
        c("§5.1 EXPULSION: only EMPLOYMENT_TERMINATED, permanent", N,
            official(Category.DISCIPLINARY_SANCTION, Tier.SERIOUS, "2024-01-08", SanctionType.EXPULSION, null),
            "2024-03-01",
            "measures=[COMMENDATION_BAN/PERSON, EMPLOYMENT_TERMINATED/PERSON, INTEGRITY_FILE_ENTRY/PERSON];"
                + " m.EMPLOYMENT_TERMINATED/PERSON.lastDay=null; m.EMPLOYMENT_TERMINATED/PERSON.state=ACTIVE"),
        c("§5.1 CIRCULATED: no period, no PROMOTION_BAN", N,
            official(Category.ACCOUNTABILITY, Tier.MINOR, "2024-01-08", SanctionType.CIRCULATED, null), "2024-03-01",
            "measures=[COMMENDATION_BAN/PERSON, INTEGRITY_FILE_ENTRY/PERSON]; disclosure.disclosable=false"),
        // ADMONITION 6M [unverified] → 2024-07-08.
        c("§5.1 ADMONITION PROMOTION_BAN", N,
            official(Category.ACCOUNTABILITY, Tier.MINOR, "2024-01-08", SanctionType.ADMONITION, null), "2024-03-01",
            "m.PROMOTION_BAN/PERSON.lastDay=2024-07-08;"
                + " m.PROMOTION_BAN/PERSON.basis=[中国共产党问责条例 (2019) 第八条; 党政领导干部选拔任用工作条例 (2019)]"),
        // Official statutory measures require PUBLIC_OFFICIAL; a penalty of an official has only the two measures.
        c("§5.1 official's administrative penalty", N,
            official(Category.ADMINISTRATIVE_PENALTY, Tier.GENERAL, "2024-01-08", null, null), "2024-03-01",
            "measures=[COMMENDATION_BAN/PERSON, INTEGRITY_FILE_ENTRY/PERSON]; m.COMMENDATION_BAN/PERSON.lastDay=2025-01-08"),
        // Shenfu HONOR_INELIGIBILITY UNTIL_YEAR_END (9): 2024-12-31; ENDED on 2025-01-02 while the record is active.
        c("§5.2 shenfu HONOR_INELIGIBILITY until year end", S,
            org(Category.PAYMENT_ARREARS, Tier.GENERAL, "2024-01-08"), "2025-01-02",
            "m.HONOR_INELIGIBILITY/UNIT.lastDay=2024-12-31; m.HONOR_INELIGIBILITY/UNIT.state=ENDED;"
                + " m.HONOR_INELIGIBILITY/UNIT.basis=[seed:shenfu-2022:9]; state=ACTIVE;"
                + " m.NEW_PROJECT_BAN/UNIT.state=ACTIVE; m.NEW_PROJECT_BAN/UNIT.lastDay=null"),
        c("§5.2 shenfu NEW_PROJECT_BAN ends on rectification", S,
            org(Category.PAYMENT_ARREARS, Tier.GENERAL, "2024-01-08").rectified("2024-06-01"), "2024-06-01",
            "m.NEW_PROJECT_BAN/UNIT.lastDay=2024-05-31; m.NEW_PROJECT_BAN/UNIT.state=ENDED;"
                + " m.NEW_PROJECT_BAN/UNIT.basis=[seed:shenfu-2022:14]; repair.status=NOT_APPLIED"),
        c("§5.2 shenfu NEW_PROJECT_BAN only for PAYMENT_ARREARS", S, br(), "2024-03-01",
            "measures=[EVALUATION_DOWNGRADE/UNIT, HONOR_INELIGIBILITY/UNIT, PRINCIPAL_ACCOUNTABILITY/PRINCIPAL,"
                + " PUBLIC_CRITICISM/UNIT, RECTIFICATION/UNIT, WRITTEN_EXPLANATION/UNIT]"),
        // R-RET ACT_END (shenfu 10): 2023-06-30 + P5Y = 2028-06-30; national ignores actEndedOn.
        c("R-RET shenfu counts from actEndedOn", S,
            org(Category.PAYMENT_ARREARS, Tier.GENERAL, "2024-01-08").actEnded("2023-06-30"), "2024-03-01",
            "retention.lastDay=2028-06-30"),
        c("R-RET shenfu without actEndedOn counts from decidedOn", S,
            org(Category.PAYMENT_ARREARS, Tier.GENERAL, "2024-01-08"), "2024-03-01", "retention.lastDay=2029-01-08"),
        c("R-RET national counts from decidedOn", N, br().actEnded("2023-06-30"), "2024-03-01",
            "retention.lastDay=2029-01-08"),
        // actEnded 2019-01-01 → retention 2024-01-01 < asOf 2024-02-01 → PURGE_DUE; ONCE actions ENDED; the
        // UNTIL_YEAR_END restriction keeps its schedule (2024-12-31, ACTIVE).
        c("R-RET PURGE_DUE while the active period runs", S,
            org(Category.PAYMENT_ARREARS, Tier.GENERAL, "2024-01-08").published("2024-01-09")
                .actEnded("2019-01-01"), "2024-02-01",
            "state=PURGE_DUE; retention.purgeDue=true; disclosure.visible=false; disclosure.endedOn=null;"
                + " m.WRITTEN_EXPLANATION/UNIT.state=ENDED; m.HONOR_INELIGIBILITY/UNIT.state=ACTIVE"),
        c("R-RET not purge-due on retention.lastDay", Z, br(), "2029-01-08",
            "state=EXPIRED; retention.purgeDue=false"),
        c("R-RET purge-due after retention.lastDay", Z, br(), "2029-01-09",
            "state=PURGE_DUE; retention.purgeDue=true; disclosure.endReason=EXPIRED"),
        c("R-STATE PURGE_DUE before REPAIRED", Z, br().repaired("2024-04-10", "2024-04-15"), "2029-01-09",
            "state=PURGE_DUE; disclosure.endReason=REPAIRED"),
        // Fujian SERIOUS (四(三)): QUALIFICATION_RESTRICTION and STRICT_ASSESSMENT, WHILE_ACTIVE (2023 era 3Y).
        c("§5.2 fujian SERIOUS adds two restrictions (organisation)", F, penalty(Tier.SERIOUS, "2024-01-08"),
            "2024-03-01",
            "m.QUALIFICATION_RESTRICTION/UNIT.lastDay=2027-01-08; m.QUALIFICATION_RESTRICTION/UNIT.state=ACTIVE;"
                + " m.STRICT_ASSESSMENT/UNIT.kind=RESTRICTION; m.STRICT_ASSESSMENT/UNIT.basis=[seed:fujian-2017:四(三)]"),
        c("§5.2 fujian SERIOUS adds two restrictions (official)", F,
            official(Category.DISCIPLINARY_SANCTION, Tier.SERIOUS, "2024-01-08", SanctionType.DEMOTION, null),
            "2024-03-01",
            "measures=[COMMENDATION_BAN/PERSON, INTEGRITY_FILE_ENTRY/PERSON, PROMOTION_BAN/PERSON,"
                + " QUALIFICATION_RESTRICTION/PERSON, SALARY_GRADE_FREEZE/PERSON, STRICT_ASSESSMENT/PERSON];"
                + " m.PROMOTION_BAN/PERSON.lastDay=2026-01-08; m.STRICT_ASSESSMENT/PERSON.lastDay=2027-01-08"),
        c("§5.2 fujian GENERAL: no extra restrictions", F, br(), "2024-03-01",
            "measures=[EVALUATION_DOWNGRADE/UNIT, HONOR_INELIGIBILITY/UNIT, PRINCIPAL_ACCOUNTABILITY/PRINCIPAL,"
                + " PUBLIC_CRITICISM/UNIT, RECTIFICATION/UNIT, WRITTEN_EXPLANATION/UNIT]"),
        // Qinhuangdao (四(三)): HONOR_INELIGIBILITY also for officials; NON_PROSECUTION accepted (四(二)).
        c("§5.2 qinhuangdao official HONOR_INELIGIBILITY", Q,
            official(Category.NON_PROSECUTION, Tier.GENERAL, "2024-01-08", null, null), "2024-03-01",
            "measures=[COMMENDATION_BAN/PERSON, HONOR_INELIGIBILITY/PERSON, INTEGRITY_FILE_ENTRY/PERSON];"
                + " m.HONOR_INELIGIBILITY/PERSON.lastDay=2027-01-08; era=null"),
        c("§5.2 qinhuangdao DISCIPLINE_REFERRAL", Q, br(), "2024-03-01",
            "m.DISCIPLINE_REFERRAL/PRINCIPAL.basis=[seed:qinhuangdao-transport-2021:四(三)]"),
        c("§5.2 NON_PROSECUTION not national", N,
            official(Category.NON_PROSECUTION, Tier.GENERAL, "2024-01-08", null, null), "2024-03-01",
            "refused=[CATEGORY_NOT_IN_PROFILE]"),

        // ---------------------------------------------------------------------------------------------------
        // R-MEAS-1 mitigation
        c("R-MEAS-1 LIGHTER waives lighterWaives", Z, br().mitigated("2024-02-01", MitigationDecision.LIGHTER),
            "2024-03-01",
            "m.PUBLIC_CRITICISM/UNIT.state=WAIVED; m.PRINCIPAL_ACCOUNTABILITY/PRINCIPAL.state=WAIVED;"
                + " m.HONOR_INELIGIBILITY/UNIT.state=ACTIVE; m.WRITTEN_EXPLANATION/UNIT.state=ACTIVE;"
                + " m.DISCIPLINE_REFERRAL/PRINCIPAL.state=ACTIVE"),
        c("R-MEAS-1 EXEMPT waives every non-statutory measure", Z,
            b().mitigated("2024-02-01", MitigationDecision.EXEMPT), "2024-03-01",
            "m.HONOR_INELIGIBILITY/UNIT.state=WAIVED; m.WRITTEN_EXPLANATION/UNIT.state=WAIVED;"
                + " m.RECTIFICATION/UNIT.state=WAIVED; state=ACTIVE"),
        // Rectified 01-20 → RECTIFICATION lastDay 01-19 < M 02-01 → stays ENDED.
        c("R-MEAS-1 already ENDED stays ENDED", Z,
            b().rectified("2024-01-20").mitigated("2024-02-01", MitigationDecision.EXEMPT), "2024-03-01",
            "m.RECTIFICATION/UNIT.state=ENDED; m.HONOR_INELIGIBILITY/UNIT.state=WAIVED"),
        c("R-MEAS-1 mitigation after asOf ignored", Z,
            br().mitigated("2024-02-01", MitigationDecision.EXEMPT), "2024-01-31",
            "m.HONOR_INELIGIBILITY/UNIT.state=ACTIVE"),
        // EXEMPT after expiry (M 2025-01-09 = endedOn): WHILE_ACTIVE lastDay < M → ENDED; ONCE endedOn ≤ M → ENDED.
        c("R-MEAS-1 EXEMPT after expiry: ENDED stays", Z,
            br().mitigated("2025-01-09", MitigationDecision.EXEMPT), "2025-02-01",
            "m.HONOR_INELIGIBILITY/UNIT.state=ENDED; m.WRITTEN_EXPLANATION/UNIT.state=ENDED"),
        // EXEMPT on lastDay (M 2025-01-08): not lastDay < M → WAIVED; ONCE: endedOn 01-09 > M → WAIVED.
        c("R-MEAS-1 EXEMPT on lastDay waives", Z,
            br().mitigated("2025-01-08", MitigationDecision.EXEMPT), "2025-02-01",
            "m.HONOR_INELIGIBILITY/UNIT.state=WAIVED; m.WRITTEN_EXPLANATION/UNIT.state=WAIVED; state=EXPIRED"),
        c("R-MEAS-1 statutory measures untouched by EXEMPT", Z,
            official(Category.DISCIPLINARY_SANCTION, Tier.GENERAL, "2024-01-08", SanctionType.DEMERIT, null)
                .mitigated("2024-02-01", MitigationDecision.EXEMPT), "2024-03-01",
            "m.PROMOTION_BAN/PERSON.state=ACTIVE; m.COMMENDATION_BAN/PERSON.state=WAIVED"),
        c("R-MEAS VOID precedes WAIVED", Z,
            br().mitigated("2024-02-01", MitigationDecision.EXEMPT).revoked("2024-03-01"), "2024-03-01",
            "m.HONOR_INELIGIBILITY/UNIT.state=VOID"),
        // WAIVED precedes LIFTED: EXEMPT 02-01, repair 04-15 → HONOR_INELIGIBILITY WAIVED.
        c("R-MEAS WAIVED precedes LIFTED", Z,
            br().mitigated("2024-02-01", MitigationDecision.EXEMPT).repaired("2024-04-10", "2024-04-15"),
            "2024-04-20", "m.HONOR_INELIGIBILITY/UNIT.state=WAIVED; state=REPAIRED"),
        // Merge (SPEC-CHOICE): two HONOR_INELIGIBILITY/UNIT rules, WHILE_ACTIVE (2025-01-08) and FIXED 2Y
        // (2026-01-08), citations a, b, a → one measure, basis [a, b], lastDay the latest 2026-01-08.
        c("R-MEAS same (code, target) merged", MERGE, br(), "2025-06-01",
            "m.HONOR_INELIGIBILITY/UNIT.basis=[a, b]; m.HONOR_INELIGIBILITY/UNIT.lastDay=2026-01-08;"
                + " m.HONOR_INELIGIBILITY/UNIT.state=ACTIVE; state=EXPIRED"));
  }

  private static Profile mergeProfile() {
    List<MeasureRule> m = new ArrayList<>();
    Condition orgs = Condition.builder().addSubjectKinds(SubjectKind.DEPARTMENT).build();
    m.add(MeasureRule.builder().id("h1").when(orgs).code(MeasureCode.HONOR_INELIGIBILITY)
        .kind(MeasureKind.RESTRICTION).duration(Duration.of(DurationType.WHILE_ACTIVE)).statutory(false)
        .basis(Basis.of("a", true)).build());
    m.add(MeasureRule.builder().id("h2").when(orgs).code(MeasureCode.HONOR_INELIGIBILITY).target(Target.UNIT)
        .kind(MeasureKind.RESTRICTION).duration(Duration.of(DurationType.FIXED, Period.ofYears(2))).statutory(false)
        .basis(Basis.of("b", true)).build());
    m.add(MeasureRule.builder().id("h3").when(orgs).code(MeasureCode.HONOR_INELIGIBILITY)
        .kind(MeasureKind.RESTRICTION).duration(Duration.of(DurationType.WHILE_ACTIVE)).statutory(false)
        .basis(Basis.of("a", true)).build());
    return Profile.builder().from(N).id("test-merge").measures(m).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void workedExample(String name, Profile profile, Record record, LocalDate asOf, String expected) {
    Map<String, String> actual = AssessmentFlattener.flatten(
        Assessor.create().assess(record, profile, CALENDAR, asOf));
    for (String pair : expected.split(";\\s*(?=[A-Za-z][A-Za-z0-9_./]*=)")) {
      int eq = pair.indexOf('=');
      String key = pair.substring(0, eq).trim();
      assertThat(actual).as(name + " [" + key + "]").containsKey(key);
      assertThat(actual.get(key)).as(name + " [" + key + "]").isEqualTo(pair.substring(eq + 1).trim());
    }
  }

  @Test
  void caseCount() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(60);
  }

  @Test
  void traceExplainsTheExampleDates() {
    Assessment a = Assessor.create().assess(br().build(), Z, CALENDAR, LocalDate.parse("2024-03-01"))
        .assessment();
    assertThat(a.trace()).extracting(TraceEntry::detail).contains(
        "lastDay: 2024-01-08 + P1Y = 2025-01-08",
        "minimumLastDay: 2024-01-08 + P3M = 2024-04-08",
        "publishBy: 7th working day after 2024-01-08 = 2024-01-17",
        "2024-01-08 (decidedOn) + P5Y = 2029-01-08");
    assertThat(a.trace()).filteredOn(t -> t.rule().equals("R-DISC-2")).extracting(TraceEntry::basis)
        .containsExactly("seed:zhashui-2021:五(一)2");
  }

  @Test
  void resultListsAreImmutableAndSharedNotCopied() {
    // The results' lists come from List.copyOf (ResultStyle): unmodifiable, and an immutable list is kept as is, so
    // the result's problems are the assessment's own list. The record (as in
    // repairNotEligibleProblemPointsAtTheApproval) has one REPAIR_NOT_ELIGIBLE problem, R-DISC-3 traces and a
    // RECTIFICATION measure.
    AssessmentResult r = Assessor.create().assess(br().repaired("2024-02-25", "2024-03-01").build(), Z, CALENDAR,
        LocalDate.parse("2024-03-10"));
    Assessment a = r.assessment();
    assertThat(a.problems()).hasSize(1);
    assertThat(r.problems()).isSameAs(a.problems());
    assertThat(a.trace()).isNotEmpty();
    assertThat(a.measures()).isNotEmpty();
    for (List<?> list : List.of(a.trace(), a.measures(), a.remedies(), a.problems(), a.repair().blockers(),
        a.measures().get(0).basis())) {
      assertThatThrownBy(() -> list.add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
    // The builders still copy what they are given, so a caller's later change does not leak in.
    List<Remedy> remedies = new ArrayList<>(List.of(Remedy.REPUTATION_RESTORATION));
    Assessment b = Assessment.builder().from(a).remedies(remedies).build();
    remedies.clear();
    assertThat(b.remedies()).containsExactly(Remedy.REPUTATION_RESTORATION);
    assertThat(Assessment.builder().from(b).build()).isEqualTo(b);
  }

  @Test
  void aTraceLongerThanSixteenEntriesIsKeptWhole() {
    // R-MEAS: one FIXED P2Y measure per (code, target) for the first 20 pairs of a profile made for the test, so the
    // trace holds 20 R-MEAS entries besides R-ERA/R-DISC-3/R-RET/… (more than the engine's initial 16 slots). Each
    // is "from effectiveOn + P2Y" (as the record's own lastDay = decidedOn + P1Y in §4.10): the record takes effect
    // 2024-01-08, so lastDay 2024-01-08 + P2Y = 2026-01-08, state ACTIVE on asOf 2024-03-01.
    List<MeasureRule> rules = new ArrayList<>();
    Condition orgs = Condition.builder().addSubjectKinds(SubjectKind.DEPARTMENT).build();
    for (MeasureCode code : MeasureCode.values()) {
      for (Target target : Target.values()) {
        if (rules.size() < 20) {
          rules.add(MeasureRule.builder().id("m" + rules.size()).when(orgs).code(code).target(target)
              .kind(MeasureKind.RESTRICTION).duration(Duration.of(DurationType.FIXED, Period.ofYears(2)))
              .statutory(false).basis(Basis.of("b" + rules.size(), true)).build());
        }
      }
    }
    Profile many = Profile.builder().from(N).id("test-many").measures(rules).build();
    Assessment a = Assessor.create().assess(b().build(), many, CALENDAR, LocalDate.parse("2024-03-01")).assessment();
    assertThat(a.measures()).hasSize(20).allSatisfy(m -> {
      assertThat(m.lastDay()).contains(LocalDate.parse("2026-01-08"));
      assertThat(m.state()).isEqualTo(MeasureState.ACTIVE);
    });
    assertThat(a.trace()).filteredOn(t -> t.rule().equals("R-MEAS")).hasSize(20)
        .extracting(TraceEntry::detail)
        .allSatisfy(d -> assertThat(d).endsWith(" lastDay: 2024-01-08 + P2Y = 2026-01-08"));
    assertThat(a.trace()).hasSizeGreaterThan(20);
    // Order kept: the dates first (R-ERA/R-DISC-3/R-RET), then the measures.
    assertThat(a.trace().get(a.trace().size() - 1).rule()).isEqualTo("R-MEAS");
    assertThat(a.trace()).extracting(TraceEntry::rule).startsWith("R-ERA", "R-DISC-3", "R-DISC-3", "R-RET");
  }

  @Test
  void repairNotEligibleProblemPointsAtTheApproval() {
    // Events: 0 RECTIFICATION_COMPLETED, 1 REPAIR_APPLIED, 2 REPAIR_DECIDED (approved 2024-03-01 ≤ 04-08).
    Problem p = Assessor.create().assess(br().repaired("2024-02-25", "2024-03-01").build(), Z,
        CALENDAR, LocalDate.parse("2024-03-10")).assessment().problems().get(0);
    assertThat(p.code()).isEqualTo(ProblemCode.REPAIR_NOT_ELIGIBLE);
    assertThat(p.path()).isEqualTo("/events/2");
    assertThat(p.value()).contains("2024-03-01");
    assertThat(p.message(Language.EN)).contains("MINIMUM_PERIOD_NOT_ELAPSED");
  }

  @Test
  void refusalsCarryTheRecordIdAndNeverThrow() {
    // A pluggable calendar: the test calendar covers 2024–2025 only.
    AssessmentResult r = Assessor.create().assess(penalty(Tier.GENERAL, "2023-12-20").id("X-9").build(), Z,
        TestCalendar.INSTANCE, LocalDate.parse("2024-03-01"));
    assertThat(r.isRefused()).isTrue();
    assertThat(r.recordId()).isEqualTo("X-9");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.CALENDAR_RANGE);
      assertThat(p.value()).contains("2023-12-21");
    });
  }

  @Test
  void bothRefusalReasonsAreReported() {
    AssessmentResult r = Assessor.create().assess(org(Category.PAYMENT_ARREARS, Tier.GENERAL, "2024-01-08").build(),
        N, CALENDAR, LocalDate.parse("2024-01-01"));
    assertThat(r.problems()).extracting(Problem::code)
        .containsExactly(ProblemCode.CATEGORY_NOT_IN_PROFILE, ProblemCode.AS_OF_BEFORE_DECISION);
  }

  @Test
  void refusalProblemsNameTheirFieldValuesAndRecord() {
    // R-STATE / §4: CATEGORY_NOT_IN_PROFILE at /category, value the category, detail the profile id;
    // AS_OF_BEFORE_DECISION at /decision/decidedOn, value asOf, detail decidedOn (both in Chinese and English).
    AssessmentResult r = Assessor.create().assess(
        org(Category.PAYMENT_ARREARS, Tier.GENERAL, "2024-01-08").id("R-\"1\"").build(), N, CALENDAR,
        LocalDate.parse("2024-01-01"));
    assertThat(r.recordId()).isEqualTo("R-\"1\"");
    assertThat(r.problems()).containsExactly(
        Problem.of(ProblemCode.CATEGORY_NOT_IN_PROFILE, "/category", "PAYMENT_ARREARS", "cn-national", "cn-national")
            .forRecord("R-\"1\""),
        Problem.of(ProblemCode.AS_OF_BEFORE_DECISION, "/decision/decidedOn", "2024-01-01", "2024-01-08",
            "2024-01-08").forRecord("R-\"1\""));
    // only the second reason: the decision is after asOf in an accepted category
    AssessmentResult early = Assessor.create().assess(penalty(Tier.GENERAL, "2024-01-08").id("E").build(), Z,
        CALENDAR, LocalDate.parse("2024-01-07"));
    assertThat(early.problems()).containsExactly(Problem.of(ProblemCode.AS_OF_BEFORE_DECISION,
        "/decision/decidedOn", "2024-01-07", "2024-01-08", "2024-01-08").forRecord("E"));
  }
}
