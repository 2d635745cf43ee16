/** Test data for DfE rule 178: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule178From2026, rule178Until2025 } from './rule-178.ts';

export const cases: RuleCase[] = [
  {
    rule: rule178Until2025,
    tables: {
      Episodes: [
        { PLACE_PROVIDER: 'PR1', PLACE: 'U1' },
        { PLACE_PROVIDER: 'PR1', PLACE: 'T0' },
      ],
    },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule178From2026,
    tables: {
      Episodes: [
        { PLACE_PROVIDER: 'PR1', PLACE: 'U1' },
        { PLACE_PROVIDER: 'PR1', PLACE: 'Z12' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
