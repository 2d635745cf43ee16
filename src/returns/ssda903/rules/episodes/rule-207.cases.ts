/** Test data for DfE rule 207: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-207.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', MOTHER: '1' },
        { CHILD: 'B', MOTHER: '0' },
      ],
      Header_last: [
        { CHILD: 'A', MOTHER: '1' },
        { CHILD: 'B', MOTHER: '1' },
      ],
      Episodes: [{ CHILD: 'A' }, { CHILD: 'B' }],
    },
    flagged: ['Header:1'],
  },
];
