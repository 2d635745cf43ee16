/** Test data for DfE rule SW11aSTG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { sequence } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-SW11aSTG2.ts';

export const cases: RuleCase[] = [
  sequence(
    rule,
    { SW_DECOM: '01/05/2023', SW_DEC: '01/06/2023' },
    { SW_DECOM: '03/06/2023' },
    { SW_DECOM: '20/06/2023' },
  ),
];
