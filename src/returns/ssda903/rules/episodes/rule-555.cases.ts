/** Test data for DfE rule 555: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-555.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', LS: 'D1', DEC: null },
        { CHILD: 'C', LS: 'D1', DEC: null },
      ],
      PlacedAdoption: [{ CHILD: 'A', DATE_PLACED: '01/05/2005' }],
    },
    flagged: ['Episodes:1'],
  },
];
