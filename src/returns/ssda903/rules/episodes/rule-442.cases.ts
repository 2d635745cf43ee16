/** Test data for DfE rule 442: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-442.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', UPN: null },
        { CHILD: 'B', UPN: null },
      ],
      Episodes: [
        { CHILD: 'A', LS: 'V3' },
        { CHILD: 'B', LS: 'C2' },
      ],
    },
    flagged: ['Header:1'],
  },
];
