/** Test data for DfE rule SW09STG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { sw } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { ruleSW09STG2, ruleSW09STG2From2026 } from './rule-SW09STG2.ts';

export const cases: RuleCase[] = [
  sw(ruleSW09STG2, { SW_DECOM: '01/06/2023', SW_DEC: '02/06/2023' }, { SW_DECOM: '01/06/2023', SW_DEC: '01/06/2023' }),
  sw(
    ruleSW09STG2From2026,
    { SW_DECOM: '01/06/2025', SW_DEC: '04/06/2025' },
    { SW_DECOM: '01/06/2025', SW_DEC: '03/06/2025' },
  ),
];
