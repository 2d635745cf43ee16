/** Test data for DfE rule 348: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-348.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      OC3: [
        { CHILD: 'A', IN_TOUCH: 'DIED' },
        { CHILD: 'B', IN_TOUCH: 'YES' },
      ],
      OC3_last: [
        { CHILD: 'A', IN_TOUCH: 'DIED' },
        { CHILD: 'B', IN_TOUCH: 'DIED' },
      ],
    },
    flagged: ['OC3:1'],
  },
];
