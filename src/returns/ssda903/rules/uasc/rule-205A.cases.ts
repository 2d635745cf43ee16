/** Test data for DfE rule 205A: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { UASC_A, UASC_B } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-205A.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    name: 'UASC ended last year, or not',
    tables: {
      UASC: [
        { ...UASC_A, DUC: null },
        { ...UASC_B, DUC: null },
      ],
      Header: [
        { CHILD: 'A', UASC: '0' },
        { CHILD: 'B', UASC: '0' },
      ],
      UASC_last: [
        { ...UASC_A, DUC: '01/01/2022' },
        { ...UASC_B, DUC: '01/01/2020' },
      ],
      Header_last: [
        { CHILD: 'A', UASC: '1' },
        { CHILD: 'B', UASC: '1' },
      ],
    },
    flagged: ['UASC:1', 'Header:1'],
  },
];
