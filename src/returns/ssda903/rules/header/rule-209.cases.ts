/** Test data for DfE rule 209: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-209.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { UPN: 'UN1', DOB: '01/01/2019' },
        { UPN: 'UN1', DOB: '01/01/2015' },
      ],
    },
    flagged: ['Header:1'],
  },
];
