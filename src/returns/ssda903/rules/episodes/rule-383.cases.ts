/** Test data for DfE rule 383: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule383From2026, rule383Until2025 } from './rule-383.ts';

export const cases: RuleCase[] = [
  ...[rule383Until2025, rule383From2026].map(
    (rule): RuleCase => ({
      rule,
      tables: {
        Episodes: [
          { CHILD: 'A', DECOM: '01/05/2022', RNE: 'S', PLACE: 'U1', PL_POST: 'AB1 0JD' },
          { CHILD: 'A', DECOM: '01/06/2022', RNE: 'P', PLACE: 'T1', PL_POST: 'CD1 2EF' },
          { CHILD: 'A', DECOM: '01/07/2022', RNE: 'P', PLACE: 'U1', PL_POST: 'AB1 0JD' },
          { CHILD: 'B', DECOM: '01/05/2022', RNE: 'S', PLACE: 'U1', PL_POST: 'AB1 0JD' },
          { CHILD: 'B', DECOM: '01/06/2022', RNE: 'P', PLACE: 'T1', PL_POST: 'CD1 2EF' },
          { CHILD: 'B', DECOM: '01/07/2022', RNE: 'P', PLACE: 'U4', PL_POST: 'AB1 0JD' },
        ],
      },
      flagged: ['Episodes:5'],
    }),
  ),
  {
    rule: rule383From2026,
    name: 'back to the same placement type at a different address',
    tables: {
      Episodes: [
        { CHILD: 'B', DECOM: '01/05/2022', RNE: 'S', PLACE: 'U1', PL_POST: 'AB1 0JD' },
        { CHILD: 'B', DECOM: '01/06/2022', RNE: 'P', PLACE: 'T1', PL_POST: 'CD1 2EF' },
        { CHILD: 'B', DECOM: '01/07/2022', RNE: 'P', PLACE: 'U1', PL_POST: 'GH1 2JK' },
      ],
    },
    flagged: ['Episodes:2'],
  },
];
