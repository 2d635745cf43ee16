/** Test data for DfE rule 197B: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { inCareAllYear } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-197B.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [inCareAllYear('A'), inCareAllYear('B')],
      OC2: [
        { CHILD: 'A', DOB: '01/06/2018', SDQ_REASON: 'SDQ1' },
        { CHILD: 'B', DOB: '01/06/2018' },
      ],
    },
    flagged: ['OC2:1'],
  },
];
