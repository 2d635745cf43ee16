/** Test data for DfE rule 165: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-165.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', SEX: '2', MOTHER: '0' },
        { CHILD: 'B', SEX: '2', MOTHER: null },
      ],
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', DEC: null, LS: 'C2' },
        { CHILD: 'B', DECOM: '01/05/2022', DEC: null, LS: 'C2' },
      ],
    },
    flagged: ['Header:1'],
  },
];
