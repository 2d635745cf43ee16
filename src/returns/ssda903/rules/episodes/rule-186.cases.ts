/** Test data for DfE rule 186: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { inCareAllYear } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-186.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [inCareAllYear('A'), inCareAllYear('B')],
      OC2: [
        { CHILD: 'A', DOB: '01/01/2012', SDQ_SCORE: '12' },
        { CHILD: 'B', DOB: '01/01/2012' },
      ],
    },
    flagged: ['OC2:1'],
  },
];
