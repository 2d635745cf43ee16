/** Test data for DfE rule 219: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-219.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    meta: { providerInfo: [{ URN: '1', PLACE_CODES: 'U1,U4' }] },
    tables: {
      Episodes: [
        { PLACE: 'U1', URN: '1' },
        { PLACE: 'K2', URN: '1' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
