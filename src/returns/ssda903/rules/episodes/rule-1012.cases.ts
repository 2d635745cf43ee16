/** Test data for DfE rule 1012: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-1012.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: { Episodes: [{ CHILD: 'A' }], Missing: [{ CHILD: 'A' }, { CHILD: 'B' }], OC2: [{ CHILD: 'B' }] },
    flagged: ['Missing:1', 'OC2:0'],
  },
];
