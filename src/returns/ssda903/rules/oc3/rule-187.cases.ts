/** Test data for DfE rule 187: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { inCareAllYear, startedInYear } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-187.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [inCareAllYear('A'), startedInYear('B')],
      AD1: [
        { CHILD: 'B', DATE_INT: '01/01/2022' },
        { CHILD: 'A', DATE_INT: '01/01/2022' },
      ],
    },
    flagged: ['AD1:1'],
  },
];
