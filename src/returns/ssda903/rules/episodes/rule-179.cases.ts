/** Test data for DfE rule 179: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-179.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { LS: 'C2', PL_LOCATION: 'IN' },
        { LS: 'C2', PL_LOCATION: 'ABROAD' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
