/** Test data for DfE rule 225: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-225.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', RNE: 'S', REC: 'X1', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
        { CHILD: 'A', DECOM: '01/06/2022', RNE: 'P', REC: 'X1', PLACE: 'U4', REASON_PLACE_CHANGE: null },
        { CHILD: 'A', DECOM: '01/07/2022', RNE: 'P', REC: null, PLACE: 'U5', REASON_PLACE_CHANGE: null },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
