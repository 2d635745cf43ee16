/** Test data for DfE rule SW10STG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { sequence } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { ruleSW10STG2, ruleSW10STG2In2025 } from './rule-SW10STG2.ts';

export const cases: RuleCase[] = [
  sequence(
    ruleSW10STG2,
    { SW_DECOM: '01/05/2023', SW_DEC: '01/06/2023' },
    { SW_DECOM: '05/06/2023' },
    { SW_DECOM: '20/06/2023' },
  ),
  sequence(
    ruleSW10STG2In2025,
    { SW_DECOM: '01/05/2024', SW_DEC: '01/06/2024' },
    { SW_DECOM: '20/06/2024', SW_REASON: 'FCONTA' },
    { SW_DECOM: '20/06/2024', SW_REASON: 'OTHERS' },
    2025,
  ),
];
