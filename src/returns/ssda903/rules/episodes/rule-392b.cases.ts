/** Test data for DfE rule 392b: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-392b.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', UASC: '0' },
        { CHILD: 'B', UASC: '0' },
      ],
      Episodes: [
        { CHILD: 'A', LS: 'C2', HOME_POST: 'AB1 0JD', PL_POST: 'CD1 2EF' },
        { CHILD: 'B', LS: 'C2', HOME_POST: 'AB1 0JD', PL_POST: null },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
