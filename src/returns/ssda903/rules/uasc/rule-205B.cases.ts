/** Test data for DfE rule 205B: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { UASC_A, UASC_B } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-205B.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    name: "last year's DUC is, or is not, the 18th birthday",
    tables: {
      UASC: [
        { ...UASC_A, DUC: '01/06/2022' },
        { ...UASC_B, DUC: '01/06/2022' },
      ],
      Header: [
        { CHILD: 'A', UASC: '1' },
        { CHILD: 'B', UASC: '1' },
      ],
      UASC_last: [
        { ...UASC_A, DUC: '01/06/2022' },
        { ...UASC_B, DUC: '01/07/2022' },
      ],
      Header_last: [
        { CHILD: 'A', UASC: '1' },
        { CHILD: 'B', UASC: '1' },
      ],
    },
    flagged: ['UASC:1', 'Header:1'],
  },
];
