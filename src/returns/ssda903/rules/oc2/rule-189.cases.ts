/** Test data for DfE rule 189: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-189.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      OC2: [
        { DOB: '01/01/2010', SDQ_REASON: 'SDQ2' },
        { DOB: '01/01/2004', SDQ_REASON: 'SDQ2' },
      ],
    },
    flagged: ['OC2:1'],
  },
];
