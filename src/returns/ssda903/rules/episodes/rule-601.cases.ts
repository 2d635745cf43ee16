/** Test data for DfE rule 601: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { FULL_AD1 } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-601.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DEC: '01/06/2022', REC: 'E11' },
        { CHILD: 'B', DEC: '01/06/2022', REC: 'E11' },
      ],
      AD1: [
        { CHILD: 'A', ...FULL_AD1 },
        { CHILD: 'B', ...FULL_AD1, DATE_MATCH: null },
      ],
    },
    flagged: ['Episodes:1', 'AD1:1'],
  },
];
