/** Test data for DfE rule 702: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-702.ts';

export const cases: RuleCase[] = [
  rows(
    rule,
    'DoLo',
    { DOLO_START: '01/06/2026', DOLO_END: '02/06/2026' },
    { DOLO_START: '01/06/2026', DOLO_END: '01/06/2026' },
  ),
];
