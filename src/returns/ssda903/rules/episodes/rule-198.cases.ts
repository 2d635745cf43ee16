/** Test data for DfE rule 198: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { inCareAllYear, startedInYear } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-198.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [inCareAllYear('A'), startedInYear('B')],
      OC2: [
        { CHILD: 'A', SDQ_REASON: 'SDQ2' },
        { CHILD: 'B', SDQ_REASON: 'SDQ2' },
      ],
    },
    flagged: ['OC2:1'],
  },
];
