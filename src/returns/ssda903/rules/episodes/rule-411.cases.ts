/** Test data for DfE rule 411: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-411.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    meta: { laCode: '800' },
    tables: {
      Episodes: [
        { PL_LOCATION: 'IN', PL_LA: '800' },
        { PL_LOCATION: 'IN', PL_LA: '801' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
