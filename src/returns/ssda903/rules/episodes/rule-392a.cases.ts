/** Test data for DfE rule 392a: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-392a.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', UASC: '0' },
        { CHILD: 'B', UASC: '0' },
      ],
      Episodes: [
        { CHILD: 'A', LS: 'C2', PL_DISTANCE: '3.2' },
        { CHILD: 'B', LS: 'C2', PL_DISTANCE: null },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
