package org.chengxin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Example 1 runs, and each step prints what the SPEC says for this input (arithmetic in the comments). */
class ProvincialPipelineTest {

  @Test
  void aQuarterOfZhashuiRecords() {
    assertThat(ProvincialPipeline.run().lines()).containsExactly(
        // 14 lines; BAD-01 (line 14) carries the unknown field "remarks" (SPEC §3: UNKNOWN_FIELD is an ERROR).
        "1 validate: 14 read, 13 valid, 1 invalid",
        "  line 14 UNKNOWN_FIELD /remarks",
        // On 2024-09-30 under zhashui-2021 (R-STATE, first match wins):
        //  PURGE_DUE (decidedOn + P5Y passed): ZS-2018-0001 (2023-10-15), ZS-2019-0002 (2024-06-10),
        //    ZS-2019-0009 (2024-09-09);
        //  REVOKED: ZS-2023-0006 (DECISION_REVOKED 2023-11-08);
        //  EXPIRED: ZS-2020-0003 (GENERAL penalty, 2019 era, 2020-10-19 + P1Y), ZS-2022-0005 (MINOR as GENERAL,
        //    2022-04-11 + P1Y), ZS-2020-0010 (sanction, MINOR, 2020-08-17 + P3Y),
        //    ZS-2023-0013 (MINOR as GENERAL in the 2023 era, 2023-09-25 + P1Y = 2024-09-25);
        //  ACTIVE: ZS-2024-0007 (to 2025-01-08), ZS-2021-0011 (2021-12-13 + P3Y), ZS-2022-0012 (2022-07-04 + P3Y),
        //    ZS-2024-0014 (to 2025-08-05);
        //  refused: ZS-2021-0004 is PAYMENT_ARREARS, which zhashui-2021 (as cn-national) does not accept.
        "2 assess on 2024-09-30: {ACTIVE=4, EXPIRED=4, PURGE_DUE=3, REVOKED=1, "
            + "refused CATEGORY_NOT_IN_PROFILE=1}",
        // Visible: the two published, active, disclosable penalties ZS-2024-0007 and ZS-2024-0014 (sanctions and
        // accountability records are never publicly disclosed under cn-national).
        "3 disclosure list: 2 entries",
        // Records: ZS-2024-0014, decided 2024-08-05 in (2024-06-30, 2024-09-30]. Withdrawals: ZS-2023-0013,
        // visible on 2024-06-30, expired on lastDay + 1 = 2024-09-26; withdrawBy null (not revoked, R-REV).
        "4 push batch 611026-610000-2024-09-30: {\"records\":1,\"withdrawals\":1} "
            + "[{\"recordId\":\"ZS-2023-0013\",\"reason\":\"EXPIRED\",\"effectiveOn\":\"2024-09-26\","
            + "\"withdrawBy\":null}]",
        "  verified: intact");
  }
}
