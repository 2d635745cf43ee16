/**
 * The SSDA903 rules the DfE retired, by the last collection year each ran in. Each rule module carries
 * the same fact as `years.to`; this list is the DfE's side of it, so a test (registry.test.ts) can show
 * that no retired rule runs after its last year and docs/RULES.md can say which rules are retired.
 *
 * 2024-25, ten rules. Source: the open validator's 2024-25 rule set (data-to-insight/csc-validator-be-903,
 * `lac_validator/rules/lac2024_25/__init__.py`, `del_list`; /shared/domain/RETURNS.md 4.2), which deletes
 * 217t, 230, 370, 445, 451, 555, 556 and the social worker rules SW01STG1, SW03STG1, SW11aSTG2, SW14STG2,
 * SW15STG2, SW16aSTG2, SW16bSTG2 and SW16cSTG2. Of those SW rules, SW01STG1, SW15STG2 and SW16a-cSTG2 come
 * back in the same folder as 2024-25 versions (rewritten, not retired: SW16a and SW16c are retired a year
 * later, below), so the three retired are SW03STG1 (its check moved to SW01aSTG1 and SW01bSTG1, which
 * take its message), SW11aSTG2 and SW14STG2. The others retired on codes withdrawn that year (P2
 * independent living and H5 semi-independent placements: 217t, 230, 370) and on freeing orders,
 * abolished in December 2005 (445, 451, 555, 556). 217 (A3/A5 placements with the current foster
 * carers) is not retired: the open validator's 2024-25 list keeps it and its `del_list` names 217t, the
 * P2 rule, which issue 10's "217" is read as (retiring a live rule would hide real errors).
 */
export interface Retirement {
  code: string;
  /** The last collection year the rule ran in (2024 = 2023-24). */
  lastYear: number;
  why: string;
}

export const retired903: Retirement[] = [
  { code: '217t', lastYear: 2024, why: 'placement type P2 withdrawn in 2024-25' },
  { code: '230', lastYear: 2024, why: 'placement type H5 withdrawn in 2024-25' },
  { code: '370', lastYear: 2024, why: 'placement type P2 withdrawn in 2024-25' },
  { code: '445', lastYear: 2024, why: 'freeing orders (D1) abolished 30 December 2005' },
  { code: '451', lastYear: 2024, why: 'freeing orders (D1) abolished 30 December 2005' },
  { code: '555', lastYear: 2024, why: 'freeing orders (D1) abolished 30 December 2005' },
  { code: '556', lastYear: 2024, why: 'freeing orders (D1) abolished 30 December 2005' },
  { code: 'SW03STG1', lastYear: 2024, why: 'replaced by SW01aSTG1 and SW01bSTG1 in 2024-25' },
  { code: 'SW11aSTG2', lastYear: 2024, why: 'in the DfE 2024-25 retirements' },
  { code: 'SW14STG2', lastYear: 2024, why: 'in the DfE 2024-25 retirements' },
  { code: 'SW10STG2', lastYear: 2025, why: 'split into SW10aSTG2 and SW10bSTG2 in 2025-26' },
  { code: 'SW16aSTG2', lastYear: 2025, why: 'in the DfE 2025-26 retirements' },
  { code: 'SW16cSTG2', lastYear: 2025, why: 'in the DfE 2025-26 retirements' },
];
