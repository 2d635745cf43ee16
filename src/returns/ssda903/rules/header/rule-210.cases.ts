/** Test data for DfE rule 210: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-210.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', UPN: 'UN4' },
        { CHILD: 'B', UPN: 'UN4' },
      ],
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2023' },
        { CHILD: 'B', DECOM: '25/03/2023' },
      ],
    },
    flagged: ['Episodes:1', 'Header:1'],
  },
];
