/** Test data for DfE rule 148: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-148.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { DEC: '01/06/2022', REC: 'X1' },
        { DEC: null, REC: 'E11' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
