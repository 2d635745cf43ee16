/** Test data for DfE rule 169: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-169.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { LS: 'C2', PL_LA: 'E09000001' },
        { LS: 'C2', PL_LA: null },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
