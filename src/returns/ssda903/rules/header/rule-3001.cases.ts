/** Test data for DfE rule 3001: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { FULL_OC3 } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-3001.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', DOB: '01/06/2005' },
        { CHILD: 'B', DOB: '01/06/2005' },
      ],
      OC3: [
        { CHILD: 'A', ...FULL_OC3 },
        { CHILD: 'B', ...FULL_OC3, ACCOM: 'Z1' },
      ],
    },
    flagged: ['OC3:1'],
  },
];
