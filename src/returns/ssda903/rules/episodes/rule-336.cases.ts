/** Test data for DfE rule 336: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-336.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2022', PLACE: 'U1' },
        { CHILD: 'A', DECOM: '01/03/2022', PLACE: 'A3' },
        { CHILD: 'B', DECOM: '01/01/2022', PLACE: 'K2' },
        { CHILD: 'B', DECOM: '01/03/2022', PLACE: 'A4' },
      ],
    },
    flagged: ['Episodes:3'],
  },
];
