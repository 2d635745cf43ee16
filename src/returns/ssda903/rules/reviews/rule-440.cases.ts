/** Test data for DfE rule 440: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-440.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Reviews: [
        { DOB: '01/01/2020', REVIEW: '01/06/2022', REVIEW_CODE: 'PN0' },
        { DOB: '01/01/2017', REVIEW: '01/06/2022', REVIEW_CODE: 'PN0' },
      ],
    },
    flagged: ['Reviews:1'],
  },
];
