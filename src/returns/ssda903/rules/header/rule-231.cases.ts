/** Test data for DfE rule 231: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-231.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', DOB: '01/01/2010', UASC: '1' },
        { CHILD: 'B', DOB: '01/01/2016', UASC: '1' },
      ],
    },
    flagged: ['Header:1'],
  },
  {
    rule: rule,
    name: 'CSV: UASC status from the UASC table',
    tables: {
      Header: [
        { CHILD: 'A', DOB: '01/01/2016' },
        { CHILD: 'B', DOB: '01/01/2016' },
      ],
      UASC: [{ CHILD: 'B', DOB: '01/01/2016', DUC: null, SEX: 'M' }],
    },
    flagged: ['Header:1'],
  },
];
