/** Test data for DfE rule 117: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-117.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', DEC: '01/09/2022', REC: 'E11' },
        { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/09/2022', REC: 'E11' },
      ],
      PlacedAdoption: [
        { CHILD: 'A', DATE_PLACED: '01/06/2022', DATE_PLACED_CEASED: null },
        { CHILD: 'B', DATE_PLACED: '01/10/2022', DATE_PLACED_CEASED: null },
      ],
    },
    flagged: ['Episodes:1', 'PlacedAdoption:1'],
  },
];
