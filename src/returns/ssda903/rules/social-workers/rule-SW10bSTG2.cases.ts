/** Test data for DfE rule SW10bSTG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { sequence } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-SW10bSTG2.ts';

export const cases: RuleCase[] = [
  sequence(
    rule,
    { SW_DECOM: '01/05/2025', SW_DEC: '01/06/2025' },
    { SW_DECOM: '02/06/2025', SW_REASON: 'FCONTA' },
    { SW_DECOM: '01/06/2025', SW_REASON: 'FCONTA' },
    2026,
  ),
];
