/** Test data for DfE rule 184: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-184.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', DOB: '01/01/2015' },
        { CHILD: 'B', DOB: '01/01/2015' },
      ],
      PlacedAdoption: [
        { CHILD: 'A', DATE_PLACED: '01/01/2016' },
        { CHILD: 'B', DATE_PLACED: '01/01/2014' },
      ],
    },
    flagged: ['PlacedAdoption:1'],
  },
];
