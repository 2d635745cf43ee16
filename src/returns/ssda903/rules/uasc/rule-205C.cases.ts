/** Test data for DfE rule 205C: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { UASC_A, UASC_B } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-205C.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      UASC: [
        { ...UASC_A, DUC: null },
        { ...UASC_B, DUC: '01/06/2022' },
      ],
      Header: [
        { CHILD: 'A', UASC: '0' },
        { CHILD: 'B', UASC: '0' },
      ],
      UASC_last: [
        { ...UASC_A, DUC: null },
        { ...UASC_B, DUC: null },
      ],
      Header_last: [
        { CHILD: 'A', UASC: '0' },
        { CHILD: 'B', UASC: '0' },
      ],
    },
    flagged: ['UASC:1', 'Header:1'],
  },
];
