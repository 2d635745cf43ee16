/** Test data for DfE rule 226: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule226From2026, rule226Until2025 } from './rule-226.ts';

export const cases: RuleCase[] = [
  ...[rule226Until2025, rule226From2026].map(
    (rule): RuleCase => ({
      rule,
      tables: {
        Episodes: [
          { CHILD: 'A', DECOM: '01/05/2022', PLACE: 'U1', REASON_PLACE_CHANGE: null },
          { CHILD: 'A', DECOM: '01/06/2022', PLACE: 'T1', REASON_PLACE_CHANGE: null },
          { CHILD: 'B', DECOM: '01/05/2022', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
          { CHILD: 'B', DECOM: '01/06/2022', PLACE: 'T1', REASON_PLACE_CHANGE: null },
        ],
      },
      flagged: ['Episodes:3'],
    }),
  ),
];
