/** Test data for DfE rule 303: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-303.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', UASC: '1' },
        { CHILD: 'B', UASC: '0' },
      ],
      UASC: [
        { CHILD: 'A', DUC: '01/01/2023' },
        { CHILD: 'B', DUC: '01/01/2023' },
      ],
    },
    flagged: ['UASC:1', 'Header:1'],
  },
];
