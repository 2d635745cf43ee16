/** Test data for DfE rule 582: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-582.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DEC: '01/06/2022', REC: 'E11' },
        { CHILD: 'B', DEC: '01/06/2022', REC: 'E11' },
      ],
      AD1: [
        { CHILD: 'A', DATE_MATCH: '01/03/2022' },
        { CHILD: 'B', DATE_MATCH: '01/06/2022' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
