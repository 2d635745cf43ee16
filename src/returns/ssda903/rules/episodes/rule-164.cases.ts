/** Test data for DfE rule 164: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-164.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', UASC: '0' },
        { CHILD: 'B', UASC: '0' },
      ],
      Episodes: [
        { CHILD: 'A', PL_DISTANCE: '12.5' },
        { CHILD: 'B', PL_DISTANCE: '1200' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
