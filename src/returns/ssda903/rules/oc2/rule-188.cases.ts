/** Test data for DfE rule 188: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-188.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      OC2: [
        { DOB: '01/01/2015', SDQ_SCORE: '5' },
        { DOB: '01/01/2020', SDQ_SCORE: '5' },
      ],
    },
    flagged: ['OC2:1'],
  },
];
