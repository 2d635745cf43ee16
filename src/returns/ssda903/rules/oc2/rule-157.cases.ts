/** Test data for DfE rule 157: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { inCareAllYear } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-157.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [inCareAllYear('A'), inCareAllYear('B')],
      OC2: [
        { CHILD: 'A', DOB: '01/01/2012', SDQ_SCORE: null, SDQ_REASON: 'SDQ4' },
        { CHILD: 'B', DOB: '01/01/2012', SDQ_SCORE: null, SDQ_REASON: 'SDQ1' },
      ],
    },
    flagged: ['OC2:1'],
  },
];
