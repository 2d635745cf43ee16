/** Test data for DfE rule 224: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-224.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    meta: { providerInfo: [{ URN: '1', PROVIDER_CODES: 'PR4' }] },
    tables: {
      Episodes: [
        { PLACE_PROVIDER: 'PR4', URN: '1' },
        { PLACE_PROVIDER: 'PR1', URN: '1' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
