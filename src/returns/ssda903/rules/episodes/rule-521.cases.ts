/** Test data for DfE rule 521: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-521.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', PLACE: 'A3', DECOM: '01/06/2022' },
        { CHILD: 'B', PLACE: 'A3', DECOM: '01/06/2022' },
      ],
      AD1: [
        { CHILD: 'A', DATE_INT: '01/05/2022' },
        { CHILD: 'B', DATE_INT: '01/07/2022' },
      ],
    },
    flagged: ['Episodes:1', 'AD1:1'],
  },
];
