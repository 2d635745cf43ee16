/** Test data for DfE rule 406: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-406.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', UASC: '0' },
        { CHILD: 'B', UASC: '1' },
      ],
      Episodes: [
        { CHILD: 'A', PL_DISTANCE: '12.0' },
        { CHILD: 'B', PL_DISTANCE: '12.0' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
