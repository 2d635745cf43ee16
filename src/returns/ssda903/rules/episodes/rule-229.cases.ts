/** Test data for DfE rule 229: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule229From2026, rule229Until2025 } from './rule-229.ts';

export const cases: RuleCase[] = [
  {
    rule: rule229Until2025,
    meta: { laCode: '201', providerInfo: [{ URN: '1', LA_CODE_INFERRED: '201' }] },
    tables: {
      Episodes: [
        { PLACE_PROVIDER: 'PR1', URN: '1' },
        { PLACE_PROVIDER: 'PR2', URN: '1' },
      ],
    },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule229From2026,
    name: 'K3 placements are not checked',
    meta: { laCode: '201', providerInfo: [{ URN: '1', LA_CODE_INFERRED: '201' }] },
    tables: {
      Episodes: [
        { PLACE_PROVIDER: 'PR2', PLACE: 'K3', URN: '1' },
        { PLACE_PROVIDER: 'PR2', PLACE: 'K2', URN: '1' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
