/** Test data for DfE rule 221: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-221.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    meta: { providerInfo: [{ URN: '1', POSTCODE: 'AB10JD' }] },
    tables: {
      Episodes: [
        { PL_POST: 'AB1 0JD', URN: '1' },
        { PL_POST: 'CD2 1EF', URN: '1' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
