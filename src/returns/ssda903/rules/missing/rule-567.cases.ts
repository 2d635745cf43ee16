/** Test data for DfE rule 567: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-567.ts';

export const cases: RuleCase[] = [
  rows(
    rule,
    'Missing',
    { MIS_START: '01/06/2022', MIS_END: '02/06/2022' },
    { MIS_START: '01/06/2022', MIS_END: '31/05/2022' },
  ),
];
