/** Test data for DfE rule 190: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { inCareAllYear, startedInYear } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-190.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [inCareAllYear('A'), startedInYear('B')],
      OC2: [
        { CHILD: 'A', CONVICTED: '0' },
        { CHILD: 'B', CONVICTED: '0' },
      ],
    },
    flagged: ['OC2:1'],
  },
];
