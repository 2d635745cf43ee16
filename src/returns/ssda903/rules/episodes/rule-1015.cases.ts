/** Test data for DfE rule 1015: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule1015, rule1015From2026 } from './rule-1015.ts';

export const cases: RuleCase[] = [
  {
    rule: rule1015,
    meta: { laCode: '800' },
    tables: {
      Episodes: [
        { PLACE: 'R1', LS: 'C2', PLACE_PROVIDER: 'PR1', PL_LA: '800' },
        { PLACE: 'R1', LS: 'C2', PLACE_PROVIDER: 'PR1', PL_LA: '801' },
      ],
    },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule1015From2026,
    meta: { laCode: '800' },
    tables: {
      Episodes: [
        { PLACE: 'K3', LS: 'C2', PLACE_PROVIDER: 'PR1', PL_LA: '801' },
        { PLACE: 'R1', LS: 'C2', PLACE_PROVIDER: 'PR1', PL_LA: '801' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
