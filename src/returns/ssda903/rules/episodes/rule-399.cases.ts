/** Test data for DfE rule 399: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-399.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', LS: 'V3' },
        { CHILD: 'B', LS: 'V3' },
      ],
      Header: [
        { CHILD: 'A', MOTHER: null },
        { CHILD: 'B', MOTHER: '0' },
      ],
      Reviews: [{ CHILD: 'C', REVIEW: '01/01/2023', REVIEW_CODE: 'PN1' }],
    },
    flagged: ['Episodes:1', 'Header:1'],
  },
];
