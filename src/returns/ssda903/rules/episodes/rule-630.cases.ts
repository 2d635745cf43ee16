/** Test data for DfE rule 630: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-630.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', RNE: 'S', DECOM: '01/06/2022' },
        { CHILD: 'B', RNE: 'S', DECOM: '01/06/2022' },
      ],
      PrevPerm: [
        { CHILD: 'A', PREV_PERM: 'Z1' },
        { CHILD: 'B', PREV_PERM: 'P1', LA_PERM: null, DATE_PERM: null },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
