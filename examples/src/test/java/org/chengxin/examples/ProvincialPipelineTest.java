package org.chengxin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Example 1 runs, and each step prints what the SPEC says for this input (arithmetic in the comments). */
class ProvincialPipelineTest {

  @Test
  void aQuarterOfZhashuiPenalties() {
    assertThat(ProvincialPipeline.run().lines()).containsExactly(
        // Row 4 names the penalty type 罚金 (a criminal fine), which is not one of 行政处罚法 Art. 9 (R-CSV).
        "1 validate: 5 rows, 4 valid, 1 invalid",
        "  row 4 ENUM_UNKNOWN 处罚类别: 罚金",
        // On 2024-09-30 under zhashui-2021, all four are administrative penalties (R-DISC-2: publishBy = the 7th
        // working day after decidedOn; R-DISC-3 eras):
        //  row 1, 2024-01-08 GENERAL (2023 era, P1Y → 2025-01-08): ACTIVE; published 01-12 ≤ publishBy 01-17;
        //  row 2, 2023-09-25 MINOR as GENERAL (P1Y → 2024-09-25): EXPIRED; publishBy: 09-26, 27, 28, then the
        //    中秋/国庆 holidays 09-29 to 10-06, adjusted working days 10-07 and 10-08, 10-09, 10-10 → 2023-10-10,
        //    published 09-28: ON_TIME;
        //  row 3, 2024-08-05 GENERAL: ACTIVE; publishBy 08-14, published 08-09: ON_TIME;
        //  row 5, 2024-07-01 SERIOUS (P1Y–P3Y): ACTIVE; publishBy 07-10 (Mon 07-01 + 7 working days), never
        //    published and asOf > publishBy: OVERDUE.
        "2 assess on 2024-09-30: {ACTIVE=3, EXPIRED=1}, publication {ON_TIME=3, OVERDUE=1}",
        // Visible (R-DISC-4: published, active): rows 1 and 3; row 5 is not published, row 2 has expired.
        "3 disclosure list: 2 entries",
        // Records: row 3, decided 2024-08-05 in (2024-06-30, 2024-09-30]. Withdrawals: row 2, visible on
        // 2024-06-30, expired on lastDay + 1 = 2024-09-26; withdrawBy null (not revoked, R-REV). Its recordId is
        // "CF-" + the first 16 hex digits of SHA-256("柞市监罚〔2023〕9号|12611026MB76543211") (R-CSV).
        "4 push batch 611026-610000-2024-09-30: {\"records\":1,\"withdrawals\":1} "
            + "[{\"recordId\":\"CF-e328820487b18ea3\",\"reason\":\"EXPIRED\",\"effectiveOn\":\"2024-09-26\","
            + "\"withdrawBy\":null}]",
        "  verified: intact");
  }
}
