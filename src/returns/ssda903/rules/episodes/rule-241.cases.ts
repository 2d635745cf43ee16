/** Test data for DfE rule 241: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-241.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    meta: { providerInfo: [{ URN: '1', LA_CODE_INFERRED: 'E09000001' }] },
    tables: {
      Episodes: [
        { PLACE: 'K3', URN: '1', PL_LA: 'E09000001' },
        { PLACE: 'K3', URN: '1', PL_LA: 'E09000002' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
